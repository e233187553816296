using System.Text.Json;
using Ringtest;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests.Events;

/// <summary>examples/Ringtest against tests/golden/events/ringtest.json
/// (tests/oracle/events/make_ringtest_golden.py: ringtest's default model in NEURON 8.2.2): the
/// cell types and branchings drawn from NEURON's Random123 streams, and the spike raster.</summary>
public sealed class RingtestGoldenTests(ITestOutputHelper output)
{
    private static readonly JsonElement Golden = TestSupport.ReadJson(EventTestSupport.Golden("events", "ringtest.json"));

    [Fact]
    public void TypesAndBranchingsAreRingtestsRandom123Draws()
    {
        var config = new RingtestConfig();
        var types = CellTopology.ShuffledTypes(config.Cells, config.Types);
        Assert.Equal(Golden.GetProperty("types").EnumerateArray().Select(e => e.GetInt32()), types);
        foreach (var t in Golden.GetProperty("topologies").EnumerateObject())
        {
            var drawn = CellTopology.Draw(int.Parse(t.Name, System.Globalization.CultureInfo.InvariantCulture), (10, 20), (1, 1));
            Assert.Equal(t.Value.GetProperty("secpar").EnumerateArray().Select(e => e.GetInt32()), drawn.Parent);
            Assert.Equal(t.Value.GetProperty("nseg").EnumerateArray().Select(e => e.GetInt32()), drawn.Nseg);
        }
    }

    [Fact]
    public void RasterIsNeurons()
    {
        var sim = EventTestSupport.NewSimulation();
        var network = new RingNetwork(sim, new RingtestConfig());
        network.Run();
        var expected = Golden.GetProperty("raster").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var actual = network.Raster().ToArray();
        output.WriteLine($"{actual.Length} spikes (NEURON {expected.Length}) from {network.Cells.Count} cells, {network.Compartments} compartments");
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.True(expected[i] == actual[i], $"spike {i}: NEURON '{expected[i]}', ours '{actual[i]}'");
    }

    [Fact]
    public void BadSizesAreRejectedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => new RingNetwork(EventTestSupport.NewSimulation(), new RingtestConfig(Rings: 0)));
        Assert.Contains("rings (0)", error.Message);
        Assert.Contains("[5, 3]", Assert.Throws<ArgumentException>(() => new RingtestConfig(MinBranches: 5, MaxBranches: 3).Validate()).Message);
    }
}
