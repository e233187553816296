namespace Nrn;

/// <summary>A HOC file that cannot be run: a syntax error, an unknown name, a construct outside the
/// geometry subset, or a value the model refuses. The message is located as a compiler's:
/// <c>myneuron.hoc:3:5: error: ...</c>.</summary>
public sealed class HocException : Exception
{
    public HocException(string file, int line, int column, string message, Exception? inner = null)
        : base($"{file}:{line}:{column}: error: {message}", inner)
    {
        File = file;
        Line = line;
        Column = column;
        Reason = message;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The message without its location.</summary>
    public string Reason { get; }
}
