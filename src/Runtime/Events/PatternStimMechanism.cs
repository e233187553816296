using Nrn.Abi;

namespace Nrn;

/// <summary>The kernels of <see cref="PatternStim"/>, doing what pattern.mod does: INITIAL sends
/// a flag-1 self-event for now when there are pairs; each such event fakes the spikes of the next
/// group of pairs (at least 102 of them, then up to the first one later than now), whatever their
/// times, and sends the next self-event for the time of the first pair left.</summary>
internal sealed class PatternStimMechanism(Simulation simulation) : IMechanismKernels
{
    public const string Name = "PatternStim";
    private const string Source = "Nrn.Runtime (NEURON's pattern.mod)";
    private const int FakeOutput = 0;

    private PatternStim?[] _cells = [];

    public static string EnsureRegistered(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!simulation.Registry.TryGet(Name, out var existing))
            simulation.Register(new MechanismDescriptor(
                Name, MechanismKind.ArtificialCell, [new RangeVariable("fake_output", "", VariableKind.Parameter, 0, FakeOutput)],
                [], [], [], 1, true, Source, () => new PatternStimMechanism(simulation)));
        else if (existing.Descriptor.SourceFile != Source)
            throw new InvalidOperationException($"PatternStim: the simulation already has a mechanism 'PatternStim' from {existing.Descriptor.SourceFile}");
        return Name;
    }

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        _cells = new PatternStim?[block.Count];
        foreach (var o in simulation.CompiledModel!.Objects)
            if (o.Block == block && o is PatternStim cell) _cells[o.Instance] = cell;
        for (var k = 0; k < block.Count; k++)
        {
            if (_cells[k] is not { } cell) continue;
            cell.Next = 0;
            if (cell.HasPattern) state.Events.NetSend(block, k, state.T + 0.0, 1);
        }
    }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag)
    {
        if (flag != 1 || _cells[instance] is not { } cell) return;
        var next = SendGroup(cell, state.T, block.Fields[FakeOutput][instance] != 0);
        if (next >= state.T) state.Events.NetSend(block, instance, state.T + next - state.T, 1);
    }

    /// <summary>pattern.mod's sendgroup: returns the time of the next pair, or t - 1 when none is left.</summary>
    private double SendGroup(PatternStim cell, double t, bool fakeOutput)
    {
        var network = Network.Of(simulation);
        var (times, gids) = (cell.Times, cell.Gids);
        for (var i = 0; cell.Next < times.Length; i++)
        {
            network.FakeFire(gids[cell.Next], times[cell.Next], fakeOutput);
            cell.Next++;
            if (i > 100 && cell.Next < times.Length && t < times[cell.Next]) break;
        }
        return cell.Next >= times.Length ? t - 1 : times[cell.Next];
    }

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments)
    {
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state)
    {
    }

    public void AdvanceState(MechanismBlock block, CellGroupState state)
    {
    }
}
