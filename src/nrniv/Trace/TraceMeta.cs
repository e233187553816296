using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Nrn;
using Nrn.Abi;

namespace Nrniv.Trace;

/// <summary>meta.json: the run's settings and the mechanism's variables with the keys of the
/// NEURON trace script (names of density mechanism variables carry their <c>_suffix</c>).</summary>
internal static class TraceMeta
{
    public static JsonObject Start(TraceOptions options, MechanismType type, string? library, string kind)
    {
        var d = type.Descriptor;
        var suffix = d.Kind == MechanismKind.Density ? "_" + d.Name : "";
        JsonArray Vars(VariableKind kind) =>
            [.. d.Range.Where(r => r.Kind == kind).Select(r => (JsonNode)new JsonArray(r.Name + suffix, r.Length))];
        var globals = new JsonObject();
        foreach (var g in d.Globals)
            globals[g.Name + "_" + d.Name] = g.Length == 1
                ? type[g.Name]
                : new JsonArray([.. Enumerable.Range(0, g.Length).Select(k => (JsonNode)type[g.Name, k])]);
        var defaults = new JsonObject();
        foreach (var r in d.Range.Where(r => r.Kind == VariableKind.Parameter))
            defaults[r.Name + suffix] = r.Length == 1 ? r.Default : new JsonArray([.. Enumerable.Repeat(r.Default, r.Length).Select(x => (JsonNode)x)]);
        return new JsonObject
        {
            ["mech"] = d.Name,
            ["kind"] = kind,
            ["netcon_target"] = d.HasNetReceive,
            ["lib"] = library ?? "built-in",
            ["simulator"] = "NeuronSharp nrniv trace",
            ["dt"] = options.Dt,
            ["tstop"] = options.Tstop,
            ["celsius"] = options.Celsius,
            ["v_init"] = TraceOptions.VInit,
            ["record_dt"] = options.RecordDt,
            ["parameters"] = Vars(VariableKind.Parameter),
            ["assigned"] = options.NoAssigned ? new JsonArray() : Vars(VariableKind.Assigned),
            ["states"] = Vars(VariableKind.State),
            ["pointers"] = new JsonArray([.. d.Pointers.Select(p => (JsonNode)(p + suffix))]),
            ["files"] = new JsonArray(),
            ["globals"] = globals,
            ["param_defaults"] = defaults,
        };
    }

    public static JsonArray Strings(IEnumerable<string> items) => [.. items.Select(s => (JsonNode)s)];

    /// <summary>Indented; a NaN or infinite value (a GLOBAL left at NaN, a failed linearization) is
    /// written as the string "NaN", "Infinity" or "-Infinity".</summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(JsonObject meta, string folder) =>
        File.WriteAllText(Path.Combine(folder, "meta.json"), meta.ToJsonString(Options) + "\n");
}
