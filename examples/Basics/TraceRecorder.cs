using System.Globalization;
using Nrn;

namespace Basics;

/// <summary>t and v at one segment after finitialize and every step (what two NEURON Vectors
/// recording <c>_ref_t</c> and <c>_ref_v</c> hold).</summary>
internal sealed class TraceRecorder(Segment segment) : IRecorder
{
    private readonly List<double> _t = [];
    private readonly List<double> _v = [];

    public IReadOnlyList<double> T => _t;

    public IReadOnlyList<double> V => _v;

    public int Count => _t.Count;

    public void Record(Simulation simulation)
    {
        _t.Add(simulation.T);
        _v.Add(segment.V);
    }

    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("t,v");
        for (var i = 0; i < _t.Count; i++)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_t[i]:R},{_v[i]:R}"));
    }
}
