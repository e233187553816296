using Nrn.Abi;

namespace Nrn.Runtime.Tests.Model;

/// <summary>The fixed step calls only the kernels a mechanism has: a descriptor that says its
/// currents or states do nothing is not called for them, and the compiled built-ins say so exactly
/// where their .mod files have no BREAKPOINT currents or no SOLVE.</summary>
public sealed class StepPlanTests
{
    [Fact]
    public void KernelsDeclaredEmptyAreNotCalled()
    {
        var sim = SimulationWith(new Describing { HasCurrent = false, HasStateUpdate = false });
        sim.FInitialize(-65);
        sim.ContinueRun(1);

        Assert.Equal(-65.0, sim.AllSec[0][0.5].V);
        Assert.Equal(1.0, sim.AllSec[0][0.5].Mech("counting")["initialized"]);
    }

    [Theory]
    [InlineData(true, false, "ComputeCurrent")]
    [InlineData(false, true, "AdvanceState")]
    public void KernelsNotDeclaredEmptyAreCalledEveryStep(bool hasCurrent, bool hasStateUpdate, string called)
    {
        var sim = SimulationWith(new Describing { HasCurrent = hasCurrent, HasStateUpdate = hasStateUpdate });

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            sim.FInitialize(-65);
            sim.ContinueRun(1);
        });
        Assert.Contains(called, error.Message);
    }

    [Theory]
    [InlineData("hh", true, true)]
    [InlineData("pas", true, false)]
    [InlineData("IClamp", true, false)]
    [InlineData("ExpSyn", true, true)]
    [InlineData("APCount", false, true)]
    [InlineData("NetStim", false, false)]
    [InlineData("IntFire1", false, false)]
    public void CompiledBuiltinsDeclareWhatTheirModFilesHave(string name, bool hasCurrent, bool hasStateUpdate)
    {
        var descriptor = BuiltinMechanisms.Descriptors().Single(d => d.Name == name);

        Assert.Equal((hasCurrent, hasStateUpdate), (descriptor.HasCurrent, descriptor.HasStateUpdate));
    }

    private static Simulation SimulationWith(Describing flags)
    {
        var sim = new Simulation(new MechanismRegistry());
        sim.Register(flags.Descriptor());
        var soma = sim.Section("soma");
        soma.Insert("counting");
        return sim;
    }

    private sealed record Describing
    {
        public bool HasCurrent { get; init; } = true;
        public bool HasStateUpdate { get; init; } = true;

        public MechanismDescriptor Descriptor() => new(
            "counting", MechanismKind.Density, [new RangeVariable("initialized", "", VariableKind.Assigned, 0, 0)],
            [], [], [], 0, false, "counting (test double)", () => new Throwing())
        {
            HasCurrent = HasCurrent,
            HasStateUpdate = HasStateUpdate,
        };
    }

    /// <summary>Counts INITIAL; fails the run if a step calls its currents or states.</summary>
    private sealed class Throwing : IMechanismKernels
    {
        public void Initialize(MechanismBlock block, CellGroupState state)
        {
            for (var k = 0; k < block.Count; k++) block.Fields[0][k] += 1;
        }

        public void ComputeCurrent(MechanismBlock block, CellGroupState state) =>
            throw new InvalidOperationException("ComputeCurrent was called");

        public void AdvanceState(MechanismBlock block, CellGroupState state) =>
            throw new InvalidOperationException("AdvanceState was called");

        public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) { }

        public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }
    }
}
