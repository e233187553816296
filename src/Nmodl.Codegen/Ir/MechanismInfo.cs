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
}

/// <summary>A current written by BREAKPOINT: the variable holding it and, for an ionic current,
/// the ion binding it is added to (null for NONSPECIFIC_CURRENT and ELECTRODE_CURRENT).</summary>
public sealed record CurrentInfo(VarRef Variable, int? IonBinding);
