using System.Globalization;
using Nrn;

namespace EndToEnd.Tests.Support;

/// <summary>A protocol's golden CSV of tests/golden/builtins (NEURON's values recorded every
/// 0.1 ms) and the same columns recorded from our run at every step.</summary>
public sealed class GoldenTrace : IRecorder
{
    private readonly (string Name, Func<double> Value)[] _columns;
    private readonly List<double> _t = [];
    private readonly List<double[]> _rows = [];

    public GoldenTrace(params (string Name, Func<double> Value)[] columns) => _columns = columns;

    public void Record(Simulation simulation)
    {
        _t.Add(simulation.T);
        _rows.Add([.. _columns.Select(c => c.Value())]);
    }

    public static Dictionary<string, double[]> ReadCsv(string mechanism, string csv)
    {
        var lines = File.ReadAllLines(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "builtins", mechanism, csv)).Where(l => l.Length > 0).ToList();
        var names = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToList();
        return names.Select((n, c) => (n, rows.Select(r => r[c]).ToArray())).ToDictionary(p => p.n, p => p.Item2);
    }

    /// <summary>Largest |ours - NEURON| of each recorded column over the golden file's times.</summary>
    public Dictionary<string, double> MaxDifferences(Dictionary<string, double[]> golden)
    {
        var t = golden["t"];
        var max = _columns.ToDictionary(c => c.Name, _ => 0.0);
        for (var row = 0; row < t.Length; row++)
        {
            var j = _t.FindIndex(x => Math.Abs(x - t[row]) < 1e-9);
            if (j < 0) throw new InvalidOperationException($"no step at t = {t[row]}");
            for (var c = 0; c < _columns.Length; c++)
                max[_columns[c].Name] = Math.Max(max[_columns[c].Name], Math.Abs(_rows[j][c] - golden[_columns[c].Name][row]));
        }
        return max;
    }
}
