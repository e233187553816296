namespace Nrniv.Tests.Trace;

/// <summary>Runs <c>nrniv trace</c> in-process for a case, with the library it needs.</summary>
internal static class TraceRunner
{
    /// <summary>The --lib folder of a case; null when it is a demo mechanism and NEURON's demo folder is absent.</summary>
    public static string? Library(CompiledLibraries libraries, TraceCase c) => c.Group switch
    {
        "builtins" => libraries.Builtins,
        "own" => libraries.Own,
        _ => libraries.Demo(c.DemoSource),
    };

    public static CliRun Run(CompiledLibraries libraries, string library, string mechanism, string output, params string[] extra) =>
        CliRun.Of(["trace", "--lib", library, "--mech", mechanism, "--out", output, "--builtins", libraries.BuiltinsFile, .. extra]);
}
