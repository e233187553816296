using System.Text.Json;

namespace Nrn.Runtime.Tests.CLib;

/// <summary>The built-in hh's PROCEDURE rates and FUNCTION vtrap called as a script calls them
/// (<c>h.rates_hh(v)</c>, <c>h.vtrap_hh(x, y)</c>) return what NEURON 8.2.2's hoc wrappers return and
/// leave its GLOBALs minf ... ntau as NEURON does, with and without the TABLE and at two temperatures
/// (golden file from tests/oracle/clib/make_mechanism_calls_golden.py).</summary>
public sealed class HhScriptCallTests
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "clib", "mechanism_calls.json"));

    [Fact]
    public void Rates_hh_sets_NEURONs_globals_and_returns_1()
    {
        var sim = new Simulation();
        sim.Section("soma").Insert("hh");
        var hh = sim.Registry.Get("hh", "test");
        foreach (var call in Golden.GetProperty("hh_rates").EnumerateArray())
        {
            sim.Celsius = call.GetProperty("celsius").GetDouble();
            hh["usetable"] = call.GetProperty("usetable").GetDouble();
            var v = call.GetProperty("v").GetDouble();
            var label = $"rates_hh({v}) at {sim.Celsius} degC, usetable {hh["usetable"]}";
            Assert.True(call.GetProperty("returned").GetDouble() == sim.Call("rates_hh", v), label);
            foreach (var global in call.GetProperty("globals").EnumerateObject())
                Assert.True(global.Value.GetDouble() == hh[global.Name], $"{label}: {global.Name} NEURON {global.Value.GetDouble():R}, ours {hh[global.Name]:R}");
        }
    }

    [Fact]
    public void Vtrap_hh_returns_NEURONs_value_and_a_segments_mechanism_calls_the_same_function()
    {
        var sim = new Simulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var vtrap = Golden.GetProperty("hh_vtrap");
        var args = vtrap.GetProperty("args").EnumerateArray().Select(a => (object?)a.GetDouble()).ToArray();
        Assert.Equal(vtrap.GetProperty("returned").GetDouble(), sim.Call("vtrap_hh", args));
        Assert.Equal(vtrap.GetProperty("returned").GetDouble(), soma[0.5].Mech("hh").Call("vtrap", args));
    }

    [Fact]
    public void A_name_without_a_density_suffix_or_an_uninserted_mechanism_is_a_clear_error()
    {
        var sim = new Simulation();
        Assert.Contains("name_suffix", Assert.Throws<ArgumentException>(() => sim.Call("rates", -50.0)).Message);
        Assert.Contains("not inserted in any section", Assert.Throws<InvalidOperationException>(() => sim.Call("rates_hh", -50.0)).Message);
        Assert.Contains("no FUNCTION or PROCEDURE 'ratez'", Assert.Throws<ArgumentException>(() => { sim.Section("soma").Insert("hh"); sim.Call("ratez_hh", -50.0); }).Message);
    }
}
