using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>FUNCTION_TABLEs by NEURON's name: hoc fills <c>FUNCTION_TABLE tau(v)</c> of mechanism
/// cgftab with <c>table_tau_cgftab(...)</c>; <c>MechanismRegistry.FunctionTable</c> takes the same
/// name. Golden: gaps_golden.json "cgftab" (the table_ names NEURON 8.2.2 defines, and lookups of a
/// table filled as <c>table_tau_cgftab(yvec, xvec)</c>).</summary>
public sealed class FunctionTableNameTests
{
    private static readonly System.Text.Json.JsonElement Golden = GapsGolden.Root.GetProperty("cgftab");

    private static double[] Numbers(string key) => [.. Golden.GetProperty(key).EnumerateArray().Select(e => e.GetDouble())];

    [Fact]
    public void Tables_are_found_under_NEURONs_names_and_filled_by_name_give_NEURONs_values()
    {
        var sim = new Nrn.Simulation();
        var descriptor = GapsGolden.Compile("cgftab", BackendOptions.Scalar);
        sim.Register(descriptor);
        Assert.Equal(Golden.GetProperty("names").EnumerateArray().Select(e => e.GetString()), descriptor.FunctionTables.Select(t => t.NeuronName).Order());
        var tau = sim.Registry.FunctionTable("table_tau_cgftab");
        Assert.Same(descriptor.FunctionTables.Single(t => t.Name == "tau"), tau);
        tau.Set(Numbers("y"), Numbers("x"));

        var h = new Harness(descriptor, 1);
        var probe = h.Kernels.GetType().GetMethod("F_probe", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var x = Numbers("probe_x");
        var want = Numbers("probe");
        for (var k = 0; k < x.Length; k++)
            Assert.Equal(want[k], (double)probe.Invoke(h.Kernels, [h.Block, h.State, 0, -65.0, x[k]])!);
    }

    [Fact]
    public void An_unknown_table_name_is_an_error_listing_the_known_ones()
    {
        var sim = new Nrn.Simulation();
        sim.Register(GapsGolden.Compile("cgftab", BackendOptions.Scalar));
        var error = Assert.Throws<ArgumentException>(() => sim.Registry.FunctionTable("table_tau_other"));
        Assert.StartsWith("no FUNCTION_TABLE 'table_tau_other' (NEURON's table_<function>_<mechanism>; registered: table_tau_cgftab, table_amp_cgftab)", error.Message);
    }
}
