using System.Text.Json;
using EndToEnd.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>The "scripting NEURON basics" seed through the whole tool chain as a user runs it on
/// their own mod folder: mod/ compiled by nrnivmodl, the library loaded by the runtime into a
/// simulation without the build's built-ins, the protocol run, compared with what NEURON
/// 8.2.2 printed and recorded (seed_examples.json, written by the oracle's seed_examples.py).</summary>
public sealed class BasicsSeedTests(BuiltinLibrary builtins, ITestOutputHelper output) : IClassFixture<BuiltinLibrary>
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Paths.SeedGolden)).RootElement;

    [Fact]
    public void Every_builtin_of_mod_compiles_and_loads_under_its_file_name()
    {
        output.WriteLine(builtins.Build.Out);
        Assert.Equal(15, builtins.Files.Count);
        var loaded = new Simulation(new MechanismRegistry()).LoadMechanisms(builtins.LibraryPath).Select(d => d.Name).Order(StringComparer.Ordinal);
        Assert.Equal(builtins.Files, loaded);
    }

    [Fact]
    public void Topology_of_a_new_soma_matches_NEURON()
    {
        var sim = NewSimulation();
        sim.Section("soma");
        Assert.Equal(Golden.GetProperty("basics_topology_new_soma").GetString(), sim.Topology());
    }

    [Fact]
    public void PSection_of_a_default_soma_matches_NEURON() =>
        PSectionAssert.SameContent(Golden.GetProperty("basics_psection_default"), NewSimulation().Section("soma").PSection());

    [Fact]
    public void PSection_with_hh_and_IClamp_matches_NEURON()
    {
        var (_, soma) = BasicsModel();
        PSectionAssert.SameContent(Golden.GetProperty("basics_psection_after_hh_iclamp"), soma.PSection());
    }

    [Fact]
    public void Basics_trace_matches_NEURON()
    {
        var (sim, soma) = BasicsModel();
        var trace = new TraceRecorder(soma[0.5]);
        sim.AddRecorder(trace);
        sim.FInitialize(-70);
        sim.ContinueRun(40);
        AssertTrace(Golden.GetProperty("basics_trace"), trace);
    }

    [Fact]
    public void Single_clamp_hh_trace_matches_NEURON()
    {
        var sim = NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 2;
        clamp["dur"] = 0.5;
        clamp["amp"] = 50;
        var trace = new TraceRecorder(soma[0.5]);
        sim.AddRecorder(trace);
        sim.FInitialize();
        sim.ContinueRun(49.5);
        AssertTrace(Golden.GetProperty("hh_single_trace"), trace);
    }

    [Fact]
    public void Four_clamp_hh_trace_and_spike_times_match_NEURON()
    {
        var sim = NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        foreach (var start in new[] { 2.0, 13, 27, 40 })
        {
            var clamp = sim.PointProcess("IClamp", soma[0.5]);
            clamp["del"] = start;
            clamp["dur"] = 0.5;
            clamp["amp"] = 50;
        }
        var trace = new TraceRecorder(soma[0.5]);
        sim.AddRecorder(trace);
        sim.FInitialize();
        sim.ContinueRun(49.5);
        AssertTrace(Golden.GetProperty("hh_four_clamps_trace"), trace);
        var spikes = Enumerable.Range(0, trace.V.Count - 1).Where(j => trace.V[j] <= 0 && trace.V[j + 1] > 0).Select(j => trace.T[j]).ToArray();
        var expected = Golden.GetProperty("hh_four_clamps_spike_times").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(expected.Length, spikes.Length);
        for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], spikes[k], 9);
        Assert.Equal(Golden.GetProperty("list_iclamp_count").GetInt32(), sim.List("IClamp").Count);
    }

    private Simulation NewSimulation()
    {
        var sim = new Simulation(new MechanismRegistry());
        sim.LoadMechanisms(builtins.LibraryPath);
        return sim;
    }

    private (Simulation, Section) BasicsModel()
    {
        var sim = NewSimulation();
        var soma = sim.Section("soma");
        soma.L = 20;
        soma.Diam = 20;
        soma.Insert("hh");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 2;
        clamp["dur"] = 0.1;
        clamp["amp"] = 0.9;
        return (sim, soma);
    }

    private void AssertTrace(JsonElement golden, TraceRecorder trace)
    {
        var t = golden.GetProperty("t").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var v = golden.GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(t.Length, trace.T.Count);
        var dt = t.Zip(trace.T, (a, b) => Math.Abs(a - b)).Max();
        var dv = v.Zip(trace.V, (a, b) => Math.Abs(a - b)).Max();
        output.WriteLine($"{t.Length} points, max |t - t_NEURON| = {dt:E2} ms, max |v - v_NEURON| = {dv:E2} mV");
        Assert.True(dt <= 1e-9, $"t differs from NEURON's by {dt} ms");
        Assert.True(dv <= 1e-6, $"v differs from NEURON's by {dv} mV");
    }
}
