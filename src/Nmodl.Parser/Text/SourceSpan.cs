namespace Nmodl.Parser.Text;

/// <summary>
/// Where a piece of syntax sits in its source file: absolute character offset and length,
/// and the 1-based line and column of its first character.
/// </summary>
public readonly record struct SourceSpan(string File, int Offset, int Length, int Line, int Column)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Offset + Length;

    /// <summary>A span covering this one and <paramref name="other"/> (same file, other ends later).</summary>
    public SourceSpan To(SourceSpan other) =>
        this with { Length = Math.Max(other.End, End) - Offset };

    public override string ToString() => $"{File}:{Line}:{Column}";
}
