namespace Nmodl.Parser.Tests.Units;

/// <summary>Finds files of the repository (the directory holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root => NeuronSharp.Testing.RepositoryRoot.Path;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
