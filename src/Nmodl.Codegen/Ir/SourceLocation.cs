namespace Nmodl.Codegen.Ir;

/// <summary>Where an IR node came from in the .mod file (1-based line and column), so generated
/// C# can carry <c>#line</c> directives and errors can point at the user's source.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation None = new("", 0, 0);

    public bool IsKnown => Line > 0;

    public override string ToString() => IsKnown ? $"{File}:{Line}:{Column}" : "<generated>";
}
