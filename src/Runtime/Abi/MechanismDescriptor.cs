namespace Nrn.Abi;

/// <summary>What a compiled mechanism is: a membrane density mechanism, a point process, or an
/// artificial cell that lives only in the event queue.</summary>
public enum MechanismKind { Density, PointProcess, ArtificialCell }

/// <summary>The NMODL block a variable was declared in.</summary>
public enum VariableKind { Parameter, Assigned, State }

/// <summary>A RANGE (per-instance) variable. Arrays (<c>x[4]</c>) occupy <see cref="Length"/>
/// consecutive fields starting at <see cref="Field"/>.</summary>
public sealed record RangeVariable(string Name, string Units, VariableKind Kind, double Default, int Field, int Length = 1);

/// <summary>A GLOBAL (per mechanism type) variable, stored at <see cref="Index"/> of
/// <see cref="MechanismBlock.Globals"/>.</summary>
public sealed record GlobalVariable(string Name, string Units, VariableKind Kind, double Default, int Index, int Length = 1);

/// <summary>The variables an ion species keeps per node, in NEURON's order
/// (<c>ena nai nao ina dina_dv_</c>).</summary>
public enum IonField { Erev = 0, Inside = 1, Outside = 2, Current = 3, DCurrentDv = 4 }

/// <summary>A USEION statement: which of the ion's fields the mechanism reads and writes.</summary>
public sealed record IonUse(string Ion, IReadOnlyList<IonField> Reads, IReadOnlyList<IonField> Writes, double? Valence);

/// <summary>Everything the runtime needs to know about a mechanism without referencing the
/// assembly that implements it: names, units and defaults for <c>psection()</c> and access by
/// name, ions, and a factory for its kernels.</summary>
public sealed record MechanismDescriptor(
    string Name,
    MechanismKind Kind,
    IReadOnlyList<RangeVariable> Range,
    IReadOnlyList<GlobalVariable> Globals,
    IReadOnlyList<IonUse> Ions,
    IReadOnlyList<string> Pointers,
    int NetReceiveArgumentCount,
    bool HasNetReceive,
    string SourceFile,
    Func<IMechanismKernels> CreateKernels)
{
    /// <summary>The mechanism's one-argument FUNCTION_TABLEs, shared by all its instances; the user
    /// fills them before a run (<see cref="FunctionTable.Set(ReadOnlySpan{double}, ReadOnlySpan{double})"/>).</summary>
    public IReadOnlyList<FunctionTable> FunctionTables { get; init; } = [];

    /// <summary>When the mechanism has BEFORE/AFTER blocks (each timing once). Null when the
    /// descriptor does not say: the runtime then calls <see cref="IMechanismKernels.BeforeAfter"/>
    /// at every timing, which is correct but costs a call per timing and step.</summary>
    public IReadOnlyList<BeforeAfterTiming>? BeforeAfterTimings { get; init; }

    /// <summary>False when <see cref="IMechanismKernels.ComputeCurrent"/> does nothing (no BREAKPOINT
    /// currents): the fixed step then does not call it. True (called every step) unless the descriptor says so.</summary>
    public bool HasCurrent { get; init; } = true;

    /// <summary>False when <see cref="IMechanismKernels.AdvanceState"/> does nothing (no SOLVE'd
    /// states): the fixed step then does not call it. True (called every step) unless the descriptor says so.</summary>
    public bool HasStateUpdate { get; init; } = true;

    /// <summary>Whether <see cref="IMechanismKernels.Construct"/> / <see cref="IMechanismKernels.Destruct"/>
    /// do anything (the mod file has a CONSTRUCTOR / DESTRUCTOR block), so objects of other types cost nothing.</summary>
    public bool HasConstructor { get; init; }

    public bool HasDestructor { get; init; }

    private readonly int? _globalCount;

    /// <summary>Number of <c>double</c> slots of the per-type global array. Defaults to the slots of
    /// <see cref="Globals"/>; a mechanism sets it higher when it keeps shared values hoc does not see
    /// (LOCALs declared outside any block: statics of nocmodl's C).</summary>
    public int GlobalCount
    {
        get => _globalCount ?? (Globals.Count == 0 ? 0 : Globals.Max(g => g.Index + g.Length));
        init => _globalCount = value;
    }

    private readonly int? _fieldCount;

    /// <summary>Number of <c>double</c> fields per instance (array variables count their length).
    /// Defaults to the fields of <see cref="Range"/>; a mechanism sets it higher when it keeps
    /// per-instance values that are not variables of its own (the ion currents it writes, which
    /// NEURON shows only as the ion's).</summary>
    public int FieldCount
    {
        get => _fieldCount ?? (Range.Count == 0 ? 0 : Range.Max(r => r.Field + r.Length));
        init => _fieldCount = value;
    }
}
