using System.Text;
using Nrn;
using Nrn.CLib;

namespace Nrniv.Trace;

/// <summary>One run of the protocol: t and every column recorded every <c>record_dt</c> (every
/// step when 0), finitialize at -65 mV, continuerun to tstop, then written as the NEURON trace
/// script writes it: a header line, values printed with <c>%.10g</c>.</summary>
public sealed class TraceRecording
{
    private readonly Vector _t = new();
    private readonly List<(string Name, Vector Values)> _columns = [];

    public TraceRecording(Simulation sim, IEnumerable<TraceColumn> columns, double recordDt)
    {
        if (recordDt > 0) _t.Record(sim.TimeRef(), recordDt);
        else _t.Record(sim.TimeRef());
        foreach (var column in columns)
        {
            var values = new Vector();
            if (recordDt > 0) values.Record(column.Reference, recordDt);
            else values.Record(column.Reference);
            _columns.Add((column.Name, values));
        }
    }

    public int Rows => _t.Count;

    /// <summary>Columns holding a NaN or an infinity.</summary>
    public IReadOnlyList<string> NonFinite => [.. _columns.Where(c => c.Values.Any(x => !double.IsFinite(x))).Select(c => c.Name)];

    public static TraceRecording Run(Simulation sim, IEnumerable<TraceColumn> columns, TraceOptions options)
    {
        var recording = new TraceRecording(sim, columns, options.RecordDt);
        sim.Tstop = options.Tstop;
        sim.FInitialize(TraceOptions.VInit);
        sim.ContinueRun(options.Tstop);
        recording.Stop();
        return recording;
    }

    public void Stop()
    {
        _t.StopRecording();
        foreach (var (_, values) in _columns) values.StopRecording();
    }

    public void Write(string path)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", ["t", .. _columns.Select(c => c.Name)])).Append('\n');
        for (var row = 0; row < _t.Count; row++)
        {
            text.Append(Format(_t[row]));
            foreach (var (_, values) in _columns) text.Append(',').Append(row < values.Count ? Format(values[row]) : "");
            text.Append('\n');
        }
        File.WriteAllText(path, text.ToString());
    }

    public static string Format(double value) => CFormat.Format("%.10g", [value]);
}
