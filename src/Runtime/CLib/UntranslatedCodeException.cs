namespace Nrn.CLib;

/// <summary>A FUNCTION or PROCEDURE whose VERBATIM C could not be translated, called from a script. The mod
/// file compiled (with a warning) because nothing in the simulation calls it; the message names the
/// construct and its place in the .mod file.</summary>
public sealed class UntranslatedCodeException(string message) : NotSupportedException(message);
