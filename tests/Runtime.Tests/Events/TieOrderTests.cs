namespace Nrn.Runtime.Tests.Events;

/// <summary>Events at equal times come out in NEURON's order (tests/golden/events/tie_order.json
/// from tests/oracle/events/make_tie_order_golden.py), which is not first-in first-out.</summary>
public sealed class TieOrderTests
{
    private static readonly System.Text.Json.JsonElement Golden = TestSupport.ReadJson(EventTestSupport.Golden("events", "tie_order.json"));

    private static (int Id, double Time)[] Inserted => [.. Golden.GetProperty("inserted_after_finitialize").EnumerateArray()
        .Select(e => (e.GetProperty("id").GetInt32(), e.GetProperty("time").GetDouble()))];

    private static int[] Delivered => [.. Golden.GetProperty("delivered").EnumerateArray().Select(d => d.GetInt32())];

    [Fact]
    public void EqualTimesAreDeliveredInNeuronsOrder()
    {
        var sim = EventTestSupport.NewSimulation();
        sim.Section("anchor");
        var network = Network.Of(sim);
        var delivered = new List<int>();
        sim.Dt = Golden.GetProperty("dt").GetDouble();
        sim.FInitialize(-65);
        foreach (var (id, time) in Inserted) network.At(time, _ => delivered.Add(id));
        sim.ContinueRun(Golden.GetProperty("tstop").GetDouble());
        Assert.Equal(Delivered, delivered);
    }

    [Fact]
    public void TheGoldenOrderIsNotFirstInFirstOut()
    {
        var fifo = Inserted.Select((e, order) => (e.Id, e.Time, order)).OrderBy(e => e.Time).ThenBy(e => e.order).Select(e => e.Id);
        Assert.NotEqual(fifo, Delivered);
    }
}
