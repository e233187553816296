using Nrn.Abi;

namespace Nmodl.Codegen.Ir;

/// <summary>What a mechanism declares, independent of its code: the runtime's descriptor
/// without the kernel factory (the analogue of nmodl's CodegenInfo / modcc's infoprinter).</summary>
public sealed record MechanismInfo(
    string Name,
    MechanismKind Kind,
    IReadOnlyList<RangeVariable> Range,
    IReadOnlyList<GlobalVariable> Globals,
    IReadOnlyList<IonUse> Ions,
    IReadOnlyList<string> Pointers,
    int NetReceiveArgumentCount,
    string SourceFile)
{
    /// <summary>Which currents BREAKPOINT produces, in NEURON's order of summation.</summary>
    public IReadOnlyList<CurrentInfo> Currents { get; init; } = [];

    /// <summary>ELECTRODE_CURRENT: the current is injected, so its sign on the node is reversed.</summary>
    public bool IsElectrodeCurrent { get; init; }

    /// <summary>The FUNCTION_TABLEs, in declaration order (the descriptor's
    /// <c>FunctionTables</c> in the same order).</summary>
    public IReadOnlyList<FunctionTableInfo> FunctionTables { get; init; } = [];

    private readonly int? _fieldCount;

    /// <summary>Fields per instance: those of the <see cref="Range"/> variables (the default) and
    /// hidden ones (ion currents the mechanism writes but does not declare RANGE).</summary>
    public int FieldCount
    {
        get => _fieldCount ?? (Range.Count == 0 ? 0 : Range.Max(r => r.Field + r.Length));
        init => _fieldCount = value;
    }

    private readonly int? _globalCount;

    /// <summary>Slots of the per-type global array: those of the <see cref="Globals"/> (the default)
    /// and hidden ones (LOCALs declared outside any block, which hoc does not see).</summary>
    public int GlobalCount
    {
        get => _globalCount ?? (Globals.Count == 0 ? 0 : Globals.Max(g => g.Index + g.Length));
        init => _globalCount = value;
    }
}

/// <summary>A current written by BREAKPOINT: the variable holding it and, for an ionic current,
/// the ion binding it is added to (null for NONSPECIFIC_CURRENT and ELECTRODE_CURRENT).</summary>
public sealed record CurrentInfo(VarRef Variable, int? IonBinding);

/// <summary>A <c>FUNCTION_TABLE name(x1, ..., xn)</c>: its values come from the user at run time.</summary>
public sealed record FunctionTableInfo(string Name, int Arity);
