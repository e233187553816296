using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>The checklist items that had no direct test, each against what NEURON 8.2.2
/// does with the same file (Oracle/audit_golden.json from make_audit_golden.py: whether nrnivmodl
/// builds it, and the values one fadvance leaves): files NEURON cannot build are located errors
/// here; files it runs give its values. Two files NEURON runs are refused on purpose, with a
/// message: an assigned READ-only ion variable (NEURON changes a private copy, ours would change
/// the ion) and an assigned CONSTANT (a mutable static in NEURON's C, a folded number here).</summary>
public sealed class AuditTests
{
    private static readonly JsonElement Cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "audit_golden.json"))).RootElement.GetProperty("cases");

    private static readonly Dictionary<string, string> RefusedOnPurpose = new()
    {
        ["read_only_ion_written"] = "error NMODL0203: 'ena' is only READ from ion na",
        ["constant_written"] = "error NMODL0203: 'c' is a constant and cannot be assigned",
    };

    public static TheoryData<string> Names() => [.. Cases.EnumerateObject().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_construct_is_built_and_run_as_NEURON_does(string name)
    {
        var spec = Cases.GetProperty(name);
        var suffix = spec.GetProperty("suffix").GetString()!;
        var result = ModFrontEnd.LowerText(spec.GetProperty("text").GetString()!, suffix + ".mod");
        if (!spec.GetProperty("builds").GetBoolean() || RefusedOnPurpose.ContainsKey(name))
        {
            Assert.Null(result.Mechanism);
            var error = result.Diagnostics.First(d => d.IsError);
            Assert.True(error.Span.Line > 0 && error.Span.Column > 0, error.ToString());
            if (RefusedOnPurpose.TryGetValue(name, out var message)) Assert.Contains(message, error.ToString());
            return;
        }
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var sim = new Nrn.Simulation();
        sim.Register(MechanismCompiler.CompileInMemory(result.Mechanism!, BackendOptions.Scalar));
        var section = sim.Section("s");
        section.Insert(suffix);
        var segment = section[0.5];
        var expected = spec.GetProperty("after_one_step");
        if (expected.TryGetProperty("g_after_set", out var set))
        {
            segment["g_" + suffix] = -5.0;
            Assert.Equal(set.GetDouble(), segment["g_" + suffix]);
        }
        sim.FInitialize(-65);
        sim.FAdvance();
        foreach (var value in expected.EnumerateObject().Where(v => v.Name != "g_after_set"))
        {
            var actual = value.Name == "v" ? segment.V : segment[value.Name + "_" + suffix];
            Assert.True(value.Value.GetDouble() == actual, $"{name}: {value.Name} = {actual:R}, NEURON {value.Value.GetDouble():R}");
        }
    }
}
