using System.Text.Json;
using Nmodl.Codegen.Tests.Support;
using Nrn;
using Nrn.CLib;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>A Random and a Vector kept in POINTERs by VERBATIM code (mods/vbobjects.mod), attached and
/// used through FUNCTIONs and PROCEDUREs called from C#, give NEURON 8.2.2's values
/// (golden file from tests/oracle/verbatim/make_golden.py).</summary>
public sealed class VerbatimObjectTests
{
    [Fact]
    public void Random_and_Vector_in_POINTERs_behave_as_in_NEURON()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "vbobjects.json")));
        var expected = golden.RootElement;
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbobjects"), Path.Combine(Paths.RepositoryRoot, "mod", "NetStim.mod"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam, soma.Nseg) = (20, 20, 2);
        var pp = sim.PointProcess("vbobjects", soma[0.5]);
        var r = new NrnRandom();
        r.Random123(3, 4, 5);
        r.Uniform(0, 1);
        pp.Call("setRandObjRef", r);
        var vector = new Vector([1.0, 2, 3]);
        pp.Call("setVector", vector);

        Assert.Equal(Doubles(expected.GetProperty("totals")), new[] { pp.Call("total", 2.0), pp.Call("total", 2.0) });
        Assert.Equal(Doubles(expected.GetProperty("vector")), vector.ToArray());
        Assert.Equal(Doubles(expected.GetProperty("picks")), new[] { pp.Call("pick"), pp.Call("pick") });

        var ns = sim.ArtificialCell("NetStim");
        (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (1, 2, 4, 0);
        var nc = new NetCon(ns, pp) { Delay = 0 };
        nc.Weight[0] = 0.5;
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        sim.ContinueRun(10);
        Assert.Equal(expected.GetProperty("n").GetDouble(), pp["n"]);
        Assert.Equal(expected.GetProperty("draw").GetDouble(), pp["draw"]);
        Assert.Equal(expected.GetProperty("sum").GetDouble(), pp["sum"]);
    }

    [Fact]
    public void A_VecStim_that_keeps_its_Vector_in_a_double_plays_NEURONs_spike_times()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "vbvecstim.json")));
        var runs = golden.RootElement.GetProperty("runs").EnumerateArray().Select(Doubles).ToList();
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbvecstim"));
        var vs = sim.ArtificialCell("vbvecstim");
        var times = new List<double>();
        new NetCon(vs, null).Record(times);
        var played = new[] { new Vector([0.5, 1.25, 4, 4, 9.75]), new Vector([2.0, 3]), null };
        for (var k = 0; k < played.Length; k++)
        {
            if (played[k] is { } vector) vs.Call("play", vector);
            else vs.Call("play");
            times.Clear();
            sim.FInitialize(-65);
            sim.ContinueRun(12);
            Assert.Equal(runs[k], times.ToArray());
        }
    }

    [Fact]
    public void Drawing_without_an_attached_Random_is_the_modfiles_hoc_execerror_with_its_place()
    {
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbobjects"));
        var soma = sim.Section("soma");
        var bare = sim.PointProcess("vbobjects", soma[0.5]);
        var error = Assert.Throws<HocExecutionError>(() => bare.Call("pick"));
        Assert.Contains("vbobjects.mod:38", error.Message);
        Assert.Contains("vbobjects: no Random attached, call setRandObjRef(r) first", error.Message);
    }

    [Fact]
    public void A_script_call_with_a_wrong_argument_names_it()
    {
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbobjects"));
        var pp = sim.PointProcess("vbobjects", sim.Section("soma")[0.5]);
        Assert.Contains("argument 1 is a number, where a Random is expected", Assert.Throws<ArgumentException>(() => pp.Call("setRandObjRef", 3.0)).Message);
        Assert.Contains("has no FUNCTION or PROCEDURE 'nosuch'", Assert.Throws<ArgumentException>(() => pp.Call("nosuch")).Message);
        Assert.Contains("FUNCTION total of vbobjects takes 1 number(s), 0 given", Assert.Throws<ArgumentException>(() => pp.Call("total")).Message);
    }

    private static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetDouble())];
}
