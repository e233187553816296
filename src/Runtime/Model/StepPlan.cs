using Nrn.Abi;

namespace Nrn;

/// <summary>The work of a fixed step that exists in one compiled model, decided once when the model
/// is compiled: only the kernels a mechanism has (a descriptor may say its currents or states do
/// nothing), only the BEFORE/AFTER timings some mechanism has blocks for, only the ions with
/// segments. Kernels are bound as delegates, so each step makes direct calls instead of resolving an
/// interface method per mechanism type. The order of everything left is the model's type order, so
/// sums come out as before, to the bit.</summary>
internal sealed class StepPlan
{
    public StepPlan(MechanismRun[] mechanisms, IonStore[] ions)
    {
        Currents = [.. mechanisms.Where(m => m.Block.Descriptor.HasCurrent).Select(m => new KernelCall(m.Kernels.ComputeCurrent, m.Block))];
        States = [.. mechanisms.Where(m => m.Block.Descriptor.HasStateUpdate).Select(m => new KernelCall(m.Kernels.AdvanceState, m.Block))];
        var timings = Enum.GetValues<BeforeAfterTiming>();
        BeforeAfter = new MechanismRun[timings.Length][];
        foreach (var timing in timings)
            BeforeAfter[(int)timing] = [.. mechanisms.Where(m => m.Block.Descriptor.BeforeAfterTimings?.Contains(timing) ?? true)];
        Ions = [.. ions.Where(ion => ion.Count > 0)];
    }

    /// <summary>Mechanisms whose ComputeCurrent does something, in type order.</summary>
    public KernelCall[] Currents { get; }

    /// <summary>Mechanisms whose AdvanceState does something, in type order.</summary>
    public KernelCall[] States { get; }

    /// <summary>Per <see cref="BeforeAfterTiming"/>, the mechanisms that may have blocks at that timing, in type order.</summary>
    public MechanismRun[][] BeforeAfter { get; }

    /// <summary>The ion stores with at least one segment.</summary>
    public IonStore[] Ions { get; }
}

/// <summary>One kernel entry bound to the block it runs on.</summary>
internal readonly record struct KernelCall(Action<MechanismBlock, CellGroupState> Run, MechanismBlock Block);
