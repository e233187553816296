using NeuronSharp.Testing;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests.RandomStreams;

/// <summary>When NEURON is installed, reruns the oracle scripts of the Random and mechanism-call golden
/// files and requires NEURON's output to be the committed file; without NEURON the test says so and returns.</summary>
public sealed class LiveGoldenTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("random", "make_generators_golden.py", "generators.json")]
    [InlineData("random", "make_netstim_generators_golden.py", "netstim_generators.json")]
    [InlineData("random", "make_play_golden.py", "play.json")]
    [InlineData("clib", "make_mechanism_calls_golden.py", "mechanism_calls.json")]
    public void Committed_golden_is_what_NEURON_produces_today(string folder, string script, string golden)
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine($"NEURON's Python module is not installed: live comparison of {golden} not run (the golden file was still checked by the other tests)");
            return;
        }
        var dir = Directory.CreateTempSubdirectory("random-golden-");
        try
        {
            var produced = Path.Combine(dir.FullName, golden);
            var (code, text) = NeuronPython.Run(Path.Combine(RepositoryRoot.Path, "tests", "oracle", folder, script), produced);
            Assert.True(code == 0, $"{script} failed: {text}");
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "golden", folder, golden)), File.ReadAllText(produced));
            output.WriteLine($"{golden}: identical to NEURON's output");
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
