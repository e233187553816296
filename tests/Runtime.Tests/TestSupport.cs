using System.Text.Json;
using Nrn.Runtime.Tests.Doubles;

namespace Nrn.Runtime.Tests;

internal static class TestSupport
{
    /// <summary>A simulation with only the hand-written pas, hh and IClamp registered (not the
    /// compiled built-ins), so these tests exercise the runtime apart from the compiler.</summary>
    public static Simulation NewSimulation()
    {
        var sim = new Simulation(new MechanismRegistry());
        sim.Register(Hh.Descriptor);
        sim.Register(Pas.Descriptor);
        sim.Register(IClamp.Descriptor);
        return sim;
    }

    /// <summary>The directory holding NeuronSharp.sln.</summary>
    public static string RepoRoot => NeuronSharp.Testing.RepositoryRoot.Path;

    public static JsonElement ReadJson(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    public static JsonElement SeedGolden => ReadJson(Path.Combine(RepoRoot, "..", "shared", "oracle", "golden", "seed_examples.json"));

    public static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    /// <summary>finitialize then fadvance while t &lt; tstop - dt/2, recording t and v after each (as Vector.record does).</summary>
    /// <summary>The seed's "scripting NEURON basics" cell: a 20 x 20 um soma with hh and an
    /// IClamp of 0.9 nA from 2 ms for 0.1 ms at its centre.</summary>
    public static Section SeedBasicsSoma(Simulation sim)
    {
        var soma = sim.Section("soma");
        soma.L = 20;
        soma.Diam = 20;
        soma.Insert("hh");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 2;
        clamp["dur"] = 0.1;
        clamp["amp"] = 0.9;
        return soma;
    }

    public static (List<double> T, List<double> V) RunAndRecord(Simulation sim, Segment seg, double vInit, double tstop)
    {
        var t = new List<double>();
        var v = new List<double>();
        sim.FInitialize(vInit);
        t.Add(sim.T);
        v.Add(seg.V);
        while (sim.T < tstop - sim.Dt / 2)
        {
            sim.FAdvance();
            t.Add(sim.T);
            v.Add(seg.V);
        }
        return (t, v);
    }

    public static double MaxAbsDifference(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        Assert.Equal(a.Count, b.Count);
        var max = 0.0;
        for (var i = 0; i < a.Count; i++) max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }
}
