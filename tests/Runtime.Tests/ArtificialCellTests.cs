using Nrn.Abi;

namespace Nrn.Runtime.Tests;

/// <summary>Artificial cells are objects without a place on a section whose kernels still run.</summary>
public sealed class ArtificialCellTests
{
    /// <summary>Counts its INITIAL and state calls, so the test sees the runtime drive it.</summary>
    private sealed class Counter : IMechanismKernels
    {
        public static readonly MechanismDescriptor Descriptor = new(
            "Counter", MechanismKind.ArtificialCell,
            [new RangeVariable("start", "", VariableKind.Parameter, 10, 0), new RangeVariable("count", "", VariableKind.Assigned, 0, 1)],
            [], [], [], 1, true, "test", () => new Counter());

        public void Initialize(MechanismBlock block, CellGroupState state)
        {
            for (var k = 0; k < block.Count; k++) block.Fields[1][k] = block.Fields[0][k];
        }

        public void ComputeCurrent(MechanismBlock block, CellGroupState state) { }

        public void AdvanceState(MechanismBlock block, CellGroupState state)
        {
            for (var k = 0; k < block.Count; k++) block.Fields[1][k]++;
        }

        public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) { }
        public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }
    }

    [Fact]
    public void ArtificialCellsAreNamedInitializedAndStepped()
    {
        var sim = TestSupport.NewSimulation();
        sim.Register(Counter.Descriptor);
        var first = sim.ArtificialCell("Counter");
        var second = sim.ArtificialCell("Counter");
        second["start"] = 100;
        sim.FInitialize(-65);
        Assert.Equal(10, first["count"]);
        Assert.Equal(100, second["count"]);
        sim.ContinueRun(1);
        Assert.Equal(140, second["count"]);
        Assert.Equal(["Counter[0]", "Counter[1]"], sim.List("Counter").Select(c => c.Name));
        sim.Remove(first);
        Assert.Equal([second], sim.List("Counter"));
        Assert.Equal(140, second["count"]);
        Assert.Contains("'Counter' is not a point process", Assert.Throws<ArgumentException>(() => sim.PointProcess("Counter", sim.Section("s")[0.5])).Message);
        Assert.Contains("'IClamp' is not an artificial cell", Assert.Throws<ArgumentException>(() => sim.ArtificialCell("IClamp")).Message);
    }
}
