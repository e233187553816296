using System.Diagnostics;
using System.Reflection;

namespace Nrniv.Run;

/// <summary>An exception that escaped a script, as one line at the innermost place of the script
/// (or of a file it loaded) that was running: the statement that threw or the call into the
/// runtime that did.</summary>
internal static class ScriptExceptions
{
    public static Located Describe(Exception exception, Assembly script, string scriptPath)
    {
        exception = Unwrap(exception);
        var text = $"error: {exception.GetType().Name}: {OneLine(exception.Message)}";
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod()?.Module.Assembly != script) continue;
            var file = frame.GetFileName();
            var line = frame.GetFileLineNumber();
            if (file is null || line <= 0) continue;
            return new Located(file, line, Math.Max(1, frame.GetFileColumnNumber()), true, text);
        }
        return new Located(scriptPath, 0, 0, true, text);
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        TypeInitializationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
