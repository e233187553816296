namespace Nrniv.Compare;

/// <summary>An input folder or file cannot be compared; the message names the place.</summary>
public sealed class TraceInputException(string message) : Exception(message);
