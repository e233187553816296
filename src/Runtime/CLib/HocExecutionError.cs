namespace Nrn.CLib;

/// <summary>hoc_execerror(message, detail) in VERBATIM code: stops the simulation with the message
/// and the place in the .mod file where the call was written.</summary>
public sealed class HocExecutionError(string modFile, int line, string? message, string? detail)
    : Exception($"{modFile}:{line}: {message}{(detail is null ? "" : " " + detail)}")
{
    public string ModFile { get; } = modFile;

    public int Line { get; } = line;
}
