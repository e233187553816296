using System.Globalization;
using System.Text.Json;

namespace EndToEnd.Tests.Support;

/// <summary>What NEURON 8.2.2 printed and recorded for the seed examples (the shared oracle's
/// seed_examples.json), and comparisons of an example's output with it.</summary>
public static class SeedGolden
{
    public static JsonElement Root { get; } = JsonDocument.Parse(File.ReadAllText(Paths.SeedGolden)).RootElement;

    public static string Text(string key) => Root.GetProperty(key).GetString()!;

    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    public static double[] Numbers(string key) => Numbers(Root.GetProperty(key));

    /// <summary>Rows of numbers of a CSV file written by an example (no header, as the seed's csv.writer).</summary>
    public static double[][] ReadCsv(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray())];

    /// <summary>Largest |t - t_NEURON| and |v - v_NEURON| of CSV rows against a golden trace; the row counts must agree.</summary>
    public static (double Dt, double Dv) TraceDifference(string key, double[][] rows)
    {
        var golden = Root.GetProperty(key);
        var t = Numbers(golden.GetProperty("t"));
        var v = Numbers(golden.GetProperty("v"));
        Assert.Equal(t.Length, rows.Length);
        return (rows.Select((r, i) => Math.Abs(r[0] - t[i])).Max(), rows.Select((r, i) => Math.Abs(r[1] - v[i])).Max());
    }
}
