namespace Nmodl.Parser.Text;

/// <summary>
/// Where a piece of syntax sits in its source file: absolute character offset and length,
/// and the 1-based line and column of its first character.
/// </summary>
public readonly record struct SourceSpan(string File, int Offset, int Length, int Line, int Column)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Offset + Length;

    public override string ToString() => $"{File}:{Line}:{Column}";
}
