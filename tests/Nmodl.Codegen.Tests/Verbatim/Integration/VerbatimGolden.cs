using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>The mod files of <c>mods/</c> compiled by our compiler and registered in a simulation,
/// and the golden columns NEURON 8.2 recorded for them (tests/oracle/verbatim/make_golden.py).</summary>
internal static class VerbatimGolden
{
    public static string ModPath(string name) => Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "Verbatim", "Integration", "mods", name + ".mod");

    public static Simulation SimulationWith(params string[] modFiles)
    {
        var sim = new Simulation();
        foreach (var file in modFiles)
        {
            var bound = ModFrontEnd.LowerFile(file);
            Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
            sim.Registry.Register(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()));
        }
        return sim;
    }

    /// <summary>A NetStim without noise that drives every point process of <paramref name="targets"/> through its own NetCon.</summary>
    public static void NetStimTo(Simulation sim, IEnumerable<PointProcess> targets, (double Start, double Interval, double Number) train, double weight, double delay)
    {
        var ns = sim.ArtificialCell("NetStim");
        (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (train.Start, train.Interval, train.Number, 0);
        foreach (var target in targets)
        {
            var nc = new NetCon(ns, target) { Delay = delay };
            nc.Weight[0] = weight;
        }
    }

    public static Dictionary<string, double[]> Columns(string name)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", name + ".json")));
        return golden.RootElement.GetProperty("columns").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray());
    }
}
