using System.Globalization;
using System.Text.Json;

namespace Nrniv.Tests.Run;

/// <summary>What NEURON 8.2.2 printed and recorded for the seed tutorials
/// (shared/oracle/golden/seed_examples.json, written by shared/oracle/seed_examples.py).</summary>
internal static class SeedGolden
{
    private static readonly Lazy<JsonElement> Root = new(() => JsonDocument.Parse(File.ReadAllText(
        Path.Combine(NeuronSharp.Testing.RepositoryRoot.Path, "..", "shared", "oracle", "golden", "seed_examples.json"))).RootElement);

    public static JsonElement Get(string key) => Root.Value.GetProperty(key);

    public static string Text(string key) => Get(key).GetString()!;

    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    public static double[] Numbers(string key) => Numbers(Get(key));

    /// <summary>A t,v CSV as the scripts write it (no header) against a golden trace: same times, |dv| within 1e-6 mV.</summary>
    public static void AssertTrace(string key, string csvPath)
    {
        var rows = File.ReadAllLines(csvPath).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToList();
        var t = Numbers(Get(key).GetProperty("t"));
        var v = Numbers(Get(key).GetProperty("v"));
        Assert.Equal(t.Length, rows.Count);
        for (var i = 0; i < t.Length; i++)
        {
            Assert.Equal(t[i], rows[i][0], 1e-9);
            Assert.True(Math.Abs(v[i] - rows[i][1]) <= 1e-6, $"{key}: v at t = {t[i]} is {rows[i][1]}, NEURON {v[i]}");
        }
    }
}
