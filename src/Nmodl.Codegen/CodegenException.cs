using Nmodl.Codegen.Ir;

namespace Nmodl;

/// <summary>A .mod construct the code generator cannot translate, located in the user's source.</summary>
public sealed class CodegenException(SourceLocation location, string message)
    : Exception(location.IsKnown ? $"{location}: error: {message}" : $"error: {message}")
{
    public SourceLocation Location { get; } = location;
}
