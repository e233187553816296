using NeuronSharp.Testing;
using Nmodl.Codegen.Tests.Support;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>Runs an oracle script of tests/oracle/verbatim with NEURON into a temporary folder, for the live
/// comparisons; says visibly when NEURON is not installed.</summary>
internal static class LiveOracle
{
    /// <summary>Calls <paramref name="check"/> with the path of <paramref name="file"/> that <paramref name="script"/> writes now,
    /// or reports that the live comparison did not run.</summary>
    public static void Run(string script, string file, ITestOutputHelper output, Action<string> check)
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine("NEURON's Python module is not installed: live comparison not run (the committed golden file was still checked)");
            return;
        }
        var folder = Directory.CreateTempSubdirectory("verbatim-live-");
        try
        {
            var (exit, text) = NeuronPython.Run(Path.Combine(Paths.RepositoryRoot, "tests", "oracle", "verbatim", script), folder.FullName);
            Assert.True(exit == 0, $"{script} failed: {text}");
            check(Path.Combine(folder.FullName, file));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
