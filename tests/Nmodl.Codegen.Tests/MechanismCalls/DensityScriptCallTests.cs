using System.Text.Json;
using Nmodl.Codegen.Tests.Support;
using Nmodl.Codegen.Tests.Verbatim.Integration;
using Nrn;

namespace Nmodl.Codegen.Tests.MechanismCalls;

/// <summary>FUNCTIONs and PROCEDUREs of a density mechanism (mods/fncall.mod) called from C# on the instance
/// a script would pick with <c>setdata_fncall(seg)</c> read and write its RANGE and GLOBAL variables as NEURON
/// 8.2.2's hoc wrappers do: same returned values, same RANGE <c>last</c> per segment, same GLOBAL <c>count</c>
/// (golden file from tests/oracle/clib/make_mechanism_calls_golden.py).</summary>
public sealed class DensityScriptCallTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(Paths.RepositoryRoot, "tests", "golden", "clib", "mechanism_calls.json"))).RootElement;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Setdata_then_call_matches_NEURON(bool sectionLess)
    {
        var sim = VerbatimGolden.SimulationWith(Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "MechanismCalls", "mods", "fncall.mod"));
        var soma = sim.Section("soma");
        soma.Nseg = 3;
        soma.Insert("fncall");
        var gbar = new[] { 0.001, 0.002, 0.003 };
        var segments = soma.Segments().ToArray();
        for (var k = 0; k < 3; k++) segments[k].Mech("fncall")["gbar"] = gbar[k];
        foreach (var call in Golden.GetProperty("fncall").EnumerateArray())
        {
            var segment = soma[call.GetProperty("x").GetDouble()];
            var function = call.GetProperty("function").GetString()!;
            var arg = call.GetProperty("arg").GetDouble();
            double returned;
            if (sectionLess)
            {
                sim.SetData("fncall", segment);
                returned = sim.Call(function + "_fncall", arg);
            }
            else
            {
                returned = segment.Mech("fncall").Call(function, arg);
            }
            var label = $"{function}({arg}) at {segment}";
            Assert.True(call.GetProperty("returned").GetDouble() == returned, $"{label}: NEURON returned {call.GetProperty("returned").GetDouble():R}, ours {returned:R}");
            Assert.Equal(call.GetProperty("last").EnumerateArray().Select(v => v.GetDouble()), segments.Select(s => s.Mech("fncall")["last"]));
            Assert.Equal(call.GetProperty("count").GetDouble(), sim.Registry.Get("fncall", "test")["count"]);
        }
    }

    [Fact]
    public void Setdata_on_a_segment_without_the_mechanism_names_it()
    {
        var sim = VerbatimGolden.SimulationWith(Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "MechanismCalls", "mods", "fncall.mod"));
        var dend = sim.Section("dend");
        var error = Assert.Throws<ArgumentException>(() => sim.SetData("fncall", dend[0.5]));
        Assert.Contains("fncall", error.Message);
        Assert.Contains("dend", error.Message);
    }
}
