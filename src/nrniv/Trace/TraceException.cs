namespace Nrniv.Trace;

/// <summary>A trace cannot be made (bad argument, unknown mechanism, failed load); the message is
/// one line that names the argument, file or mechanism.</summary>
public sealed class TraceException(string message, Exception? inner = null) : Exception(message, inner);
