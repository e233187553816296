namespace Nmodl.Parser.Tests.Support;

/// <summary>Finds the repository root (the folder holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string? Root => NeuronSharp.Testing.RepositoryRoot.TryGet();

    /// <summary>Debian's NEURON demo mechanisms, read in place at test time.</summary>
    public const string DebianDemoMods = "/usr/share/nrn/demo/release";
}
