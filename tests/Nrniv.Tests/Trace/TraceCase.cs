using System.Globalization;
using System.Text.Json;

namespace Nrniv.Tests.Trace;

/// <summary>One mechanism with a golden folder written by NEURON's trace script:
/// <c>builtins</c> and <c>own</c> under tests/golden/trace, <c>demo</c> under tests/golden/demo.</summary>
public sealed record TraceCase(string Group, string Mechanism)
{
    public string Golden => Group == "demo"
        ? RepoPaths.Golden(Path.Combine("demo", Mechanism))
        : RepoPaths.Golden(Path.Combine("trace", Group, Mechanism));

    public JsonElement Meta => JsonDocument.Parse(File.ReadAllText(Path.Combine(Golden, "meta.json"))).RootElement;

    /// <summary>The demo file the mechanism was compiled from (meta.json's <c>source</c>).</summary>
    public string DemoSource => Meta.GetProperty("source").GetString()!;

    /// <summary>NEURON's two current steps, as <c>--amps</c> text (empty for the event protocols).</summary>
    public string? Amps => Meta.TryGetProperty("amps_nA", out var amps)
        ? string.Join(",", amps.EnumerateArray().Select(a => a.GetDouble().ToString("R", CultureInfo.InvariantCulture)))
        : null;

    public double? InputResistance => Meta.TryGetProperty("rin_MOhm", out var rin) ? rin.GetDouble() : null;

    public static IEnumerable<TraceCase> All()
    {
        foreach (var group in new[] { "builtins", "own" })
            foreach (var dir in Directory.GetDirectories(RepoPaths.Golden(Path.Combine("trace", group))).Order(StringComparer.Ordinal))
                yield return new TraceCase(group, Path.GetFileName(dir));
        foreach (var dir in Directory.GetDirectories(RepoPaths.Golden("demo")).Order(StringComparer.Ordinal))
            yield return new TraceCase("demo", Path.GetFileName(dir));
    }

    public override string ToString() => $"{Group}/{Mechanism}";
}
