namespace Nrn;

/// <summary>A data file that cannot be read: says which file, line and column, and what is wrong.</summary>
public sealed class DataFormatException(string source, int line, int column, string problem)
    : FormatException($"{source}:{line}:{column}: {problem}")
{
    /// <summary>The file's path, or the name given for a reader.</summary>
    public string File { get; } = source;

    /// <summary>1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column (characters).</summary>
    public int Column { get; } = column;

    public string Problem { get; } = problem;
}
