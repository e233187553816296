namespace Nmodl.Codegen.Verbatim;

/// <summary>Where a piece of VERBATIM C text sits in its .mod file: the file and the 1-based line and column of its first character.</summary>
public readonly record struct VerbatimOrigin(string File, int Line, int Column)
{
    /// <summary>The mod-file location of a position given relative to the C text (both 1-based).</summary>
    public CLocation At(int textLine, int textColumn) =>
        new(File, Line + textLine - 1, textLine == 1 ? Column + textColumn - 1 : textColumn);
}

/// <summary>A position in a .mod file, 1-based.</summary>
public readonly record struct CLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}
