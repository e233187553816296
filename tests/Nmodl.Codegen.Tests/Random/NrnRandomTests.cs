using System.Text.Json;
using Nmodl.Codegen.Tests.Support;
using Nrn;

namespace Nmodl.Codegen.Tests.RandomStreams;

/// <summary>NrnRandom draws NEURON 8.2.2's numbers bit for bit: every distribution on the MCellRan4
/// and Random123 generators, seq() in both meanings, the Random123 global index and hoc's
/// mcell_ran4 (golden file from tests/oracle/verbatim/make_random_golden.py).</summary>
[Collection(ProcessWideRandomState.Name)]
public sealed class NrnRandomTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "random.json"))).RootElement;

    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, Golden.GetProperty("cases").GetArrayLength())];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_distribution_and_its_repicks_match_NEURON(int index)
    {
        var @case = Golden.GetProperty("cases")[index];
        var args = @case.GetProperty("args").EnumerateArray().Select(a => (uint)a.GetDouble()).ToArray();
        foreach (var distribution in @case.GetProperty("draws").EnumerateObject())
        {
            var r = new NrnRandom();
            if (@case.GetProperty("generator").GetString() == "MCellRan4") r.MCellRan4(args[0], args[1]);
            else r.Random123(args[0], args[1], args[2]);
            var first = distribution.Name switch
            {
                "uniform" => r.Uniform(-2, 3),
                "normal" => r.Normal(1, 4),
                "negexp" => r.Negexp(2.5),
                "poisson" => r.Poisson(3),
                "discunif" => r.Discunif(-3, 5),
                var other => throw new InvalidOperationException($"golden file has an unknown distribution '{other}'"),
            };
            var ours = new List<double> { first };
            var expected = distribution.Value.EnumerateArray().Select(v => v.GetDouble()).ToList();
            while (ours.Count < expected.Count) ours.Add(r.Repick());
            Assert.True(expected.SequenceEqual(ours), $"{@case.GetProperty("generator")}({string.Join(", ", args)}).{distribution.Name}: NEURON [{string.Join(", ", expected.Select(v => v.ToString("R")))}], ours [{string.Join(", ", ours.Select(v => v.ToString("R")))}]");
        }
    }

    [Fact]
    public void Random123_seq_is_four_times_the_block_plus_the_word_and_can_be_set()
    {
        var golden = Golden.GetProperty("random123_seq");
        var r = new NrnRandom();
        r.Random123(5, 6, 7);
        r.Uniform(0, 1);
        Assert.Equal(golden.GetProperty("after_one").GetDouble(), r.Seq());
        r.Seq(golden.GetProperty("set").GetDouble());
        Assert.Equal(Doubles(golden.GetProperty("draws")), Enumerable.Range(0, 6).Select(_ => r.Uniform(0, 1)));
        Assert.Equal(golden.GetProperty("after_six").GetDouble(), r.Seq());
    }

    [Fact]
    public void MCellRan4_seq_is_the_next_high_index_and_can_be_set()
    {
        var golden = Golden.GetProperty("mcellran4_seq");
        var r = new NrnRandom();
        r.MCellRan4(42, 3);
        r.Uniform(0, 1);
        Assert.Equal(golden.GetProperty("after_one").GetDouble(), r.Seq());
        r.Seq(golden.GetProperty("set").GetDouble());
        Assert.Equal(Doubles(golden.GetProperty("draws")), Enumerable.Range(0, 3).Select(_ => r.Repick()));
    }

    [Fact]
    public void The_global_index_keys_every_Random123_stream()
    {
        var r = new NrnRandom();
        try
        {
            NrnRandom.Random123GlobalIndex(17);
            r.Random123(1, 2, 3);
            Assert.Equal(Doubles(Golden.GetProperty("random123_globalindex17").GetProperty("draws")), Enumerable.Range(0, 5).Select(_ => r.Uniform(0, 1)));
        }
        finally
        {
            NrnRandom.Random123GlobalIndex(0);
        }
    }

    [Fact]
    public void Hoc_mcell_ran4_draws_on_the_global_low_index_and_advances_the_high_index()
    {
        var golden = Golden.GetProperty("hoc_mcell_ran4");
        var expected = Doubles(golden.GetProperty("draws"));
        try
        {
            MCellRan4.LowIndex = 9;
            var high = 100u;
            var one = new double[1];
            var ours = new List<double>();
            for (var k = 0; k < 4; k++) ours.Add(MCellRan4.Fill(ref high, one, 1.0));
            ours.Add(high);
            Assert.Equal(expected, ours);
        }
        finally
        {
            MCellRan4.LowIndex = 0;
        }
    }

    private static List<double> Doubles(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetDouble())];
}
