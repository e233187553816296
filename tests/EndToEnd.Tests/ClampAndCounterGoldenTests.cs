using EndToEnd.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>The build's built-in mod/SEClamp.mod (at_time, after_cvode), mod/APCount.mod (after_cvode) and
/// mod/AlphaSynapse.mod (at_time) on an hh soma, against NEURON 8.2.2's built-ins
/// (tests/golden/builtins, recorded every 0.1 ms with dt = 0.025, celsius 6.3).</summary>
public sealed class ClampAndCounterGoldenTests(ITestOutputHelper output)
{
    [Fact]
    public void SEClamp_three_levels_match_NEURON()
    {
        var (sim, soma) = HhSoma();
        var clamp = sim.PointProcess("SEClamp", soma[0.5]);
        clamp["rs"] = 1;
        (clamp["dur1"], clamp["amp1"], clamp["dur2"], clamp["amp2"], clamp["dur3"], clamp["amp3"]) = (5.0, -65.0, 10.0, -20.0, 10.0, -80.0);
        var trace = new GoldenTrace(("v", () => soma[0.5].V), ("i", () => clamp["i"]), ("vc", () => clamp["vc"]));
        Check(sim, trace, 30, "SEClamp", "steps.csv", 1e-6);
    }

    [Fact]
    public void APCount_counts_hh_spikes_like_NEURON()
    {
        var (sim, soma) = HhSoma();
        var stim = sim.PointProcess("IClamp", soma[0.5]);
        (stim["del"], stim["dur"], stim["amp"]) = (5.0, 40.0, 0.1);
        var a = sim.PointProcess("APCount", soma[0.5]);
        var b = sim.PointProcess("APCount", soma[0.5]);
        a["thresh"] = -20;
        b["thresh"] = -60;
        var trace = new GoldenTrace(("v", () => soma[0.5].V), ("a.n", () => a["n"]), ("a.time", () => a["time"]), ("a.firing", () => a["firing"]),
            ("b.n", () => b["n"]), ("b.time", () => b["time"]), ("b.firing", () => b["firing"]));
        Check(sim, trace, 50, "APCount", "hh_spikes.csv", 1e-6);
    }

    [Fact]
    public void Two_alpha_synapses_match_NEURON()
    {
        var (sim, soma) = HhSoma();
        var a = sim.PointProcess("AlphaSynapse", soma[0.5]);
        var b = sim.PointProcess("AlphaSynapse", soma[0.5]);
        (a["onset"], a["tau"], a["gmax"], a["e"]) = (5.0, 2.0, 0.005, 0.0);
        (b["onset"], b["tau"], b["gmax"], b["e"]) = (30.01, 0.5, 0.002, -80.0);
        var trace = new GoldenTrace(("v", () => soma[0.5].V), ("a.i", () => a["i"]), ("b.i", () => b["i"]));
        Check(sim, trace, 40, "AlphaSynapse", "two_synapses.csv", 1e-6);
    }

    private (Simulation, Section) HhSoma()
    {
        var sim = new Simulation();
        var soma = sim.Section("soma");
        soma.L = 20;
        soma.Diam = 20;
        soma.Insert("hh");
        return (sim, soma);
    }

    private void Check(Simulation sim, GoldenTrace trace, double tstop, string mechanism, string csv, double tolerance)
    {
        sim.AddRecorder(trace);
        sim.FInitialize(-65);
        sim.ContinueRun(tstop);
        foreach (var (column, max) in trace.MaxDifferences(GoldenTrace.ReadCsv(mechanism, csv)))
        {
            output.WriteLine($"{mechanism} {csv}: max |{column} - NEURON| = {max:g3}");
            Assert.True(max <= tolerance, $"{mechanism} {column} differs from NEURON by {max}");
        }
    }
}
