using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// Where a statement-level VERBATIM block runs: the NMODL block it sits in (used to name the fields that
/// keep its static locals), the return type of the C function NEURON generates for that block, and
/// whether the C# method the code generator writes for it returns a value. <see cref="ReservedNames"/> are the
/// names the code generator already uses in that method: C locals of the block that would clash are renamed.
/// </summary>
public sealed record VerbatimBlockContext(string Name, CType ReturnType, bool ReturnsValue)
{
    public IReadOnlySet<string> ReservedNames { get; init; } = new HashSet<string>();

    /// <summary>Shared by the blocks of one NMODL block so that their C locals stay visible from block to block.</summary>
    public VerbatimLocals Locals { get; init; } = new();

    /// <summary>A FUNCTION: NEURON's C returns a double.</summary>
    public static VerbatimBlockContext Function(string name) => new(name, CType.Double, true);

    /// <summary>A PROCEDURE: NEURON 8.2's C returns int 0; the C# method returns nothing.</summary>
    public static VerbatimBlockContext Procedure(string name) => new(name, CType.Int, false);

    /// <summary>INITIAL, BREAKPOINT, NET_RECEIVE and the other blocks whose C functions return void.</summary>
    public static VerbatimBlockContext Block(string name) => new(name, CType.Void, false);
}
