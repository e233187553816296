namespace Nrniv.Tests.Trace;

/// <summary>Runs <c>nrniv trace</c> in-process for a case, with the library it needs.</summary>
internal static class TraceRunner
{
    /// <summary>The --lib folder of a case (null for a built-in, which needs none); false when it is
    /// a demo mechanism and NEURON's demo folder is absent.</summary>
    public static bool TryLibrary(CompiledLibraries libraries, TraceCase c, out string? library)
    {
        library = c.Group switch
        {
            "builtins" => null,
            "own" => libraries.Own,
            _ => libraries.Demo(c.DemoSource),
        };
        return c.Group == "builtins" || library is not null;
    }

    public static CliRun Run(string? library, string mechanism, string output, params string[] extra)
    {
        string[] lib = library is null ? [] : ["--lib", library];
        return CliRun.Of(["trace", .. lib, "--mech", mechanism, "--out", output, .. extra]);
    }
}
