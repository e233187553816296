using Nrn.Abi;
using Nrn.Runtime.Tests.Events;

namespace Nrn.Runtime.Tests.Model;

/// <summary>BEFORE/AFTER blocks run where NEURON's finitialize and fixed step run them (BEFORE
/// INITIAL, INITIAL, AFTER INITIAL, BEFORE BREAKPOINT, BEFORE STEP; each step BEFORE BREAKPOINT,
/// AFTER SOLVE, BEFORE STEP), against NEURON 8.2.2 running batest.mod
/// (tests/golden/beforeafter from tests/oracle/beforeafter/make_beforeafter_golden.py).</summary>
public sealed class BeforeAfterTests
{
    public static TheoryData<bool, bool> Layouts => new() { { true, true }, { false, true }, { true, false } };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void BlocksRunWhereNeuronRunsThem(bool declared, bool interleave)
    {
        var golden = TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "beforeafter", "beforeafter.json"));
        var sim = EventTestSupport.NewSimulation();
        sim.InterleaveCells = interleave;
        IReadOnlyList<BeforeAfterTiming>? timings = declared ? Enum.GetValues<BeforeAfterTiming>() : null;
        sim.Register(BeforeAfterMechanism.Describe(timings));
        var soma = sim.Section("soma");
        soma.L = soma.Diam = 20;
        soma.Insert("hh");
        soma.Insert("batest");
        var dend = sim.Section("dend");
        dend.L = 200;
        dend.Diam = 2;
        dend.Nseg = 3;
        dend.Insert("batest");
        foreach (var seg in dend.Segments()) seg["g_batest"] = 0.0002;
        dend.Connect(soma[1]);
        var stim = sim.PointProcess("IClamp", soma[0.5]);
        stim["del"] = 1;
        stim["dur"] = 5;
        stim["amp"] = 0.3;
        var traces = new Dictionary<string, Vector>();
        foreach (var (where, seg) in new[] { ("soma", soma[0.5]), ("dend", dend[0.5]) })
        {
            traces[$"{where}.v"] = new Vector().Record(seg.Ref("v"));
            foreach (var name in BeforeAfterMechanism.Names.Skip(2))
                traces[$"{where}.{name}"] = new Vector().Record(seg.Ref($"{name}_batest"));
        }
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        sim.ContinueRun(10);

        foreach (var (name, expected) in golden.GetProperty("traces").EnumerateObject().Select(p => (p.Name, TestSupport.Doubles(p.Value))))
            Assert.True(expected.SequenceEqual(traces[name].AsSpan().ToArray()), $"{name} differs from NEURON's");
    }
}
