namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>The type names the VERBATIM blocks of one mod file declare, shared from block to block as in the
/// one C file NEURON builds: typedef names, and the structures by tag and by typedef name.</summary>
public sealed class CTypeNames
{
    /// <summary>Names declared by typedefs (parsed as type names afterwards).</summary>
    public HashSet<string> Typedefs { get; } = new(StringComparer.Ordinal);

    /// <summary>The structure each name stands for: <c>struct Tag</c> is found as "struct Tag", a typedef by its name.</summary>
    public Dictionary<string, string> Structs { get; } = new(StringComparer.Ordinal);

    /// <summary>The type a typedef name stands for.</summary>
    public CType Named(string name) =>
        Structs.TryGetValue(name, out var structure) ? CType.Struct(structure) : new CType(CScalar.Opaque, 0, name);
}
