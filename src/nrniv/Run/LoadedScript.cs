using System.Reflection;

namespace Nrniv.Run;

/// <summary>A script ready to run: Roslyn's factory takes the array of submission states, whose
/// slot 0 holds the globals object and slot 1 receives the submission itself.</summary>
internal sealed record LoadedScript(Assembly Assembly, Func<object?[], Task<object?>> Factory)
{
    public object? Run(ScriptGlobals globals) => Factory([globals, null]).GetAwaiter().GetResult();
}
