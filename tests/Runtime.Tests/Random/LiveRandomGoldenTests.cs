using NeuronSharp.Testing;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests.RandomStreams;

/// <summary>When NEURON is installed, reruns the oracle scripts of the Random golden files and requires
/// NEURON's output to be the committed file; without NEURON the test says so and returns.</summary>
public sealed class LiveRandomGoldenTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("make_generators_golden.py", "generators.json")]
    [InlineData("make_netstim_generators_golden.py", "netstim_generators.json")]
    public void Committed_golden_is_what_NEURON_draws_today(string script, string golden)
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
            var (code, text) = NeuronPython.Run(Path.Combine(RepositoryRoot.Path, "tests", "oracle", "random", script), produced);
            Assert.True(code == 0, $"{script} failed: {text}");
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "golden", "random", golden)), File.ReadAllText(produced));
            output.WriteLine($"{golden}: identical to NEURON's output");
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
