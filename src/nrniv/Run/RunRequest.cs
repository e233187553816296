namespace Nrniv.Run;

/// <summary>What <c>nrniv run</c> was asked to do.</summary>
/// <param name="Script">the script's path as given</param>
/// <param name="Mechanisms">libraries from <c>--mechs</c> (files, or folders holding <c>x86_64/nrnmech.dll</c> or <c>nrnmech.dll</c>)</param>
/// <param name="Arguments">the script's own arguments (<c>Args</c>)</param>
/// <param name="CacheDirectory">where compiled scripts are kept, or null for no cache</param>
/// <param name="Timing">print the startup timing on stderr</param>
internal sealed record RunRequest(
    string Script,
    IReadOnlyList<string> Mechanisms,
    IReadOnlyList<string> Arguments,
    string? CacheDirectory,
    bool Timing);
