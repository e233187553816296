namespace Nmodl.Parser.Tests.Support;

/// <summary>Finds the repository root (the folder holding NeuronSharp.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string? Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NeuronSharp.sln"))) return dir.FullName;
            return null;
        }
    }

    /// <summary>Debian's NEURON demo mechanisms, read in place at test time.</summary>
    public const string DebianDemoMods = "/usr/share/nrn/demo/release";
}
