namespace Nmodl.Parser.Parsing;

public sealed class ParseOptions
{
    /// <summary>
    /// Folders searched for an INCLUDE file after the folder of the including file, in order
    /// (NEURON's MODL_INCLUDE plays this role).
    /// </summary>
    public IReadOnlyList<string> IncludePaths { get; init; } = [];
}
