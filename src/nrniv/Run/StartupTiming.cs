using System.Diagnostics;
using System.Globalization;
using Nrn;

namespace Nrniv.Run;

/// <summary><c>nrniv run --timing</c>: seconds from the start of the process to each phase of a
/// run and to the start of the first simulated step, printed on stderr when the script ends.
/// The first step is seen by a recorder whose <see cref="IRecorder.BeforeStep"/> notes the time once.</summary>
internal sealed class StartupTiming : IRecorder
{
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private readonly List<(string Phase, double Seconds)> _marks = [];
    private bool _stepped;

    public void Mark(string phase) => _marks.Add((phase, Elapsed()));

    public void Record(Simulation simulation)
    {
    }

    public void BeforeStep(Simulation simulation)
    {
        if (_stepped) return;
        _stepped = true;
        Mark("first step");
    }

    public void Print(TextWriter error)
    {
        var phases = string.Join(", ", _marks.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Phase} {m.Seconds:F3}")));
        error.WriteLine($"nrniv run: timing (s since the process started): {phases}");
    }

    private double Elapsed() => (DateTime.UtcNow - _processStart).TotalSeconds;
}
