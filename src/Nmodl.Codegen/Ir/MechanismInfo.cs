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

    public VarRef RangeRef(string name) =>
        Range.FirstOrDefault(r => r.Name == name) is { } r
            ? VarRef.Range(name, r.Field)
            : throw new ArgumentException($"mechanism '{Name}' has no RANGE variable '{name}'", nameof(name));

    public VarRef GlobalRef(string name) =>
        Globals.FirstOrDefault(g => g.Name == name) is { } g
            ? VarRef.Global(name, g.Index)
            : throw new ArgumentException($"mechanism '{Name}' has no GLOBAL variable '{name}'", nameof(name));
}

/// <summary>A current written by BREAKPOINT: the variable holding it and, for an ionic current,
/// the ion binding it is added to (null for NONSPECIFIC_CURRENT and ELECTRODE_CURRENT).</summary>
public sealed record CurrentInfo(VarRef Variable, int? IonBinding);
