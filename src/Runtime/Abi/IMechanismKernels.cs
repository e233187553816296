namespace Nrn.Abi;

/// <summary>The entry points a generated mechanism implements. The runtime owns every array and
/// calls these once per mechanism type per cell group; the kernels loop over the instances.</summary>
public interface IMechanismKernels
{
    /// <summary>INITIAL block (and NET_RECEIVE's INITIAL is separate: <see cref="InitializeNetReceive"/>).</summary>
    void Initialize(MechanismBlock block, CellGroupState state);

    /// <summary>BREAKPOINT currents: evaluates the current at v and v+0.001, adds the current to
    /// <see cref="CellGroupState.Rhs"/> (subtracting) and the conductance to <see cref="CellGroupState.D"/>,
    /// and accumulates ionic currents and their dI/dv into the ion fields.</summary>
    void ComputeCurrent(MechanismBlock block, CellGroupState state);

    /// <summary>The SOLVE'd integration of states over one dt, with the new v.</summary>
    void AdvanceState(MechanismBlock block, CellGroupState state);

    /// <summary>NET_RECEIVE for one instance; <paramref name="arguments"/> is the NetCon's weight vector.</summary>
    void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag);

    /// <summary>NET_RECEIVE's INITIAL block, run once per NetCon at finitialize.</summary>
    void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments);

    /// <summary>The mechanism's BEFORE/AFTER blocks for <paramref name="timing"/>, in file order,
    /// over all instances; nothing when it has none.</summary>
    void BeforeAfter(MechanismBlock block, CellGroupState state, BeforeAfterTiming timing)
    {
    }

    /// <summary>The CONSTRUCTOR block for one instance, run when a point process or artificial cell
    /// is created (NEURON's <c>nrn_alloc</c>); nothing when the mechanism has none.</summary>
    void Construct(MechanismBlock block, CellGroupState state, int instance)
    {
    }

    /// <summary>The DESTRUCTOR block for one instance, run when the object is removed; nothing when the mechanism has none.</summary>
    void Destruct(MechanismBlock block, CellGroupState state, int instance)
    {
    }

    /// <summary>The value of WATCH condition <paramref name="watch"/> (numbered from 0 in file
    /// order) for one instance: positive when the condition holds (<c>a - b</c> for <c>a &gt; b</c>).</summary>
    /// <summary>Calls FUNCTION or PROCEDURE <paramref name="function"/> for one instance, with the
    /// numbers a script passed (a PROCEDURE returns 1, as NEURON's hoc wrappers do). The script's other arguments reach VERBATIM
    /// code through <see cref="Nrn.CLib.ScriptArguments"/>.</summary>
    double Call(MechanismBlock block, CellGroupState state, int instance, string function, ReadOnlySpan<double> arguments) =>
        throw new InvalidOperationException($"mechanism '{block.Descriptor.Name}' has no FUNCTION or PROCEDURE '{function}'");

    double WatchCondition(MechanismBlock block, CellGroupState state, int instance, int watch) =>
        throw new InvalidOperationException($"mechanism '{block.Descriptor.Name}' has no WATCH statement {watch}");
}
