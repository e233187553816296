using System.Text.Json;
using Nmodl.Codegen.Tests.RandomStreams;
using Nmodl.Codegen.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>C split across VERBATIM blocks around NMODL statements (mods/vbsplit.mod: NetStim's erand()
/// with and without a Random, an if/else-if/else over four blocks, a loop with a break opened in one
/// block and closed in the next, C locals declared before an NMODL statement and used after it, in
/// INITIAL, BREAKPOINT, NET_RECEIVE's FUNCTIONs and PROCEDUREs) gives NEURON 8.2.2's values at every
/// step: the committed golden file, and NEURON itself when it is installed
/// (tests/oracle/verbatim/make_split_golden.py). One exprand(1) stream is process-wide, hence the collection.</summary>
[Collection(ProcessWideRandomState.Name)]
public sealed class SplitVerbatimTests(ITestOutputHelper output)
{
    [Fact]
    public void Split_C_runs_as_NEURONs_pasted_C_at_every_step()
    {
        AssertSameAsNeuron(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "split.json"));
    }

    [Fact]
    public void Split_C_runs_as_NEURON_8_2_running_now() =>
        LiveOracle.Run("make_split_golden.py", "split.json", output, AssertSameAsNeuron);

    [Fact]
    public void The_split_blocks_are_translated_as_one_unit_with_each_piece_mapped_to_its_line()
    {
        var bound = Nmodl.Codegen.Lowering.ModFrontEnd.LowerFile(VerbatimGolden.ModPath("vbsplit"));
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var source = Backends.MechanismClassWriter.Write(Passes.Pipeline.Lower(bound.Mechanism!), new Backends.BackendOptions());
        var method = source[source.IndexOf("double F_branch(", StringComparison.Ordinal)..];
        method = method[..method.IndexOf("return 0.0;", StringComparison.Ordinal)];
        var lines = System.Text.RegularExpressions.Regex.Matches(method, @"#line (\d+) ").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        // vbsplit.mod's branch(): VERBATIM on lines 78, 82, 86, 90; the C if on 79, else-ifs on 83 and 87;
        // the NMODL assignments on 81, 85 and 89.
        Assert.Equal([79, 81, 82, 83, 85, 86, 87, 89, 90], lines);
    }

    private static void AssertSameAsNeuron(string goldenPath)
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(goldenPath));
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbsplit"), Path.Combine(Paths.RepositoryRoot, "mod", "NetStim.mod"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam) = (20, 20);
        var pps = new[] { sim.PointProcess("vbsplit", soma[0.5]), sim.PointProcess("vbsplit", soma[0.5]) };
        var random = new NrnRandom();
        random.Random123(1, 2, 3);
        random.Negexp(1);
        pps[0].Call("setRandObjRef", random);
        VerbatimGolden.NetStimTo(sim, pps, (1, 2, 5), weight: 0.5, delay: 0.5);
        pps[1].Call("seed", 7.0);
        PointProcessColumns.AssertSameAtEveryStep(sim, pps, PointProcessColumns.Expected(golden), 480);
    }
}
