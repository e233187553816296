using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>CONDUCTANCE hints in BREAKPOINT. With any hint, nocmodl evaluates BREAKPOINT once and
/// gives the node the sum of the hinted conductances instead of (I(v + 0.001) - I(v))/0.001; a
/// current without a hint adds nothing to it (cgcondp). Voltage trajectories of a lone compartment
/// against NEURON 8.2.2 (gaps_golden.json), where the conductance shows through the implicit step.</summary>
public sealed class ConductanceHintTests
{
    [Theory]
    [InlineData("cgcond", false)]
    [InlineData("cgcond", true)]
    [InlineData("cgcondp", false)]
    [InlineData("cgcondpp", false)]
    [InlineData("cgcondpp", true)]
    public void Hinted_conductances_give_NEURONs_trajectory(string mechanism, bool simd)
    {
        var golden = GapsGolden.Root.GetProperty(mechanism);
        var sim = new Nrn.Simulation();
        sim.Register(GapsGolden.Compile(mechanism, new BackendOptions(Simd: simd)));
        var section = sim.Section(mechanism);
        section.L = golden.GetProperty("L").GetDouble();
        section.Diam = golden.GetProperty("diam").GetDouble();
        if (mechanism == "cgcondpp") sim.PointProcess(mechanism, section[0.5]);
        else section.Insert(mechanism);
        sim.FInitialize(-65);
        var v = golden.GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var ik = golden.GetProperty("ik").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(v[0], section[0.5].V);
        for (var step = 1; step < v.Length; step++)
        {
            sim.FAdvance();
            Assert.True(v[step] == section[0.5].V, $"step {step}: v = {section[0.5].V:R}, NEURON {v[step]:R}");
            if (ik.Length > 0) Assert.True(ik[step - 1] == section[0.5]["ik"], $"step {step}: ik = {section[0.5]["ik"]:R}, NEURON {ik[step - 1]:R}");
        }
    }

    [Fact]
    public void A_hint_naming_an_unknown_variable_or_ion_is_a_located_error()
    {
        var result = ModFrontEnd.LowerText("NEURON { SUFFIX bad NONSPECIFIC_CURRENT i RANGE g }\nPARAMETER { g = 1 }\nASSIGNED { i }\nBREAKPOINT {\n  CONDUCTANCE gx\n  CONDUCTANCE g USEION na\n  i = g*v\n}\n", "bad.mod");
        Assert.Null(result.Mechanism);
        Assert.Equal(
        [
            "bad.mod:5:15: error NMODL0200: CONDUCTANCE names 'gx', which is not a variable of this mechanism",
            "bad.mod:6:24: error NMODL0209: CONDUCTANCE g USEION na: the mechanism has no USEION na",
        ], result.Diagnostics.Select(d => d.ToString()));
    }
}
