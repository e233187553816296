namespace Nrniv.Run;

/// <summary>The outcome of a compile: the script when it compiled, and its errors and warnings.</summary>
internal sealed record ScriptCompilation(CompiledScript? Script, IReadOnlyList<Located> Messages);
