namespace Nrn.CLib;

/// <summary>
/// The C standard streams as generated mechanism code (NMODL printf, translated VERBATIM) sees them. They write to Console unless a
/// thread redirects them (tests and embedding applications capture the output this way).
/// </summary>
public static class CStdio
{
    [ThreadStatic]
    private static TextWriter? _redirectedOut;

    [ThreadStatic]
    private static TextWriter? _redirectedError;

    private static TextWriter Out => _redirectedOut ?? Console.Out;

    private static TextWriter Error => _redirectedError ?? Console.Error;

    /// <summary>Sends this thread's stdout and stderr to the given writers until the returned scope is disposed.</summary>
    public static IDisposable Redirect(TextWriter output, TextWriter error)
    {
        var previous = (_redirectedOut, _redirectedError);
        (_redirectedOut, _redirectedError) = (output, error);
        return new Restore(() => (_redirectedOut, _redirectedError) = previous);
    }

    /// <summary>printf: returns the number of characters written, as C does.</summary>
    public static int Printf(string format, params ReadOnlySpan<CFormatArgument> arguments) => Write(Out, format, arguments);

    /// <summary>fprintf(stderr, ...).</summary>
    public static int ErrorPrintf(string format, params ReadOnlySpan<CFormatArgument> arguments) => Write(Error, format, arguments);

    /// <summary>fflush(stdout) and fflush(stderr).</summary>
    public static int Flush()
    {
        Out.Flush();
        Error.Flush();
        return 0;
    }

    private static int Write(TextWriter writer, string format, ReadOnlySpan<CFormatArgument> arguments)
    {
        var text = CFormat.Format(format, arguments);
        writer.Write(text);
        return text.Length;
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
