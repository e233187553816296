using Nrn.Abi;

namespace Nrn;

/// <summary>The kernels of <see cref="VecStim"/>, doing what vecevent.mod does: INITIAL takes
/// the first element and sends a flag-1 self-event for its time; that event fires the cell
/// (net_event) and takes the next element. <c>index</c> is the next element (-1 when the vector
/// is used up or absent) and <c>etime</c> the time of the pending spike.</summary>
internal sealed class VecStimMechanism(Simulation simulation) : IMechanismKernels
{
    public const string Name = "VecStim";
    private const int Index = 0;
    private const int Etime = 1;

    private VecStim?[] _cells = [];

    public static string EnsureRegistered(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (!simulation.Registry.TryGet(Name, out var existing))
            simulation.Register(Describe(simulation));
        else if (existing.Descriptor.SourceFile != Source)
            throw new InvalidOperationException($"VecStim: the simulation already has a mechanism 'VecStim' from {existing.Descriptor.SourceFile}; make such cells with Simulation.ArtificialCell(\"VecStim\")");
        return Name;
    }

    private const string Source = "Nrn.Runtime (NEURON's vecevent.mod)";

    private static MechanismDescriptor Describe(Simulation simulation) => new(
        Name, MechanismKind.ArtificialCell,
        [new RangeVariable("index", "", VariableKind.Assigned, 0, Index), new RangeVariable("etime", "ms", VariableKind.Assigned, 0, Etime)],
        [], [], [], 1, true, Source, () => new VecStimMechanism(simulation));

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        _cells = new VecStim?[block.Count];
        foreach (var o in simulation.CompiledModel!.Objects)
            if (o.Block == block && o is VecStim cell) _cells[o.Instance] = cell;
        for (var k = 0; k < block.Count; k++)
        {
            block.Fields[Index][k] = 0;
            NextElement(block, k);
            SendNext(block, state, k);
        }
    }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag)
    {
        if (flag != 1) return;
        state.Events.NetEvent(block, instance, state.T);
        NextElement(block, instance);
        SendNext(block, state, instance);
    }

    /// <summary>net_send(etime - t, 1) as nocmodl writes it: delivery at t + etime - t, evaluated left to right.</summary>
    private static void SendNext(MechanismBlock block, CellGroupState state, int k)
    {
        if (block.Fields[Index][k] > 0) state.Events.NetSend(block, k, state.T + block.Fields[Etime][k] - state.T, 1);
    }

    private void NextElement(MechanismBlock block, int k)
    {
        var index = block.Fields[Index];
        var i = (int)index[k];
        if (i < 0) return;
        var times = _cells[k]?.Times;
        if (times is not null && i < times.Count)
        {
            block.Fields[Etime][k] = times[i];
            index[k] += 1;
        }
        else
        {
            index[k] = -1;
        }
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
