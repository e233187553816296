namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>Finds the repository (the directory holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root => NeuronSharp.Testing.RepositoryRoot.Path;
}
