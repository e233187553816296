using NeuronSharp.Testing;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests.Vectors;

/// <summary>When NEURON is installed, reruns each oracle script and requires the committed golden file
/// to be exactly what it writes today. Without NEURON the test says so and returns.</summary>
public sealed class LiveVectorGoldenTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("make_vector_golden.py", "vector_golden.json")]
    [InlineData("make_record_events_golden.py", "record_events_golden.json")]
    public void CommittedGoldenIsWhatNeuronProduces(string script, string golden)
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine($"NOT RUN: NEURON's Python module is not installed, {script} was not rerun (the committed {golden} was still checked by the other tests)");
            return;
        }
        var folder = Path.Combine(TestSupport.RepoRoot, "tests", "Runtime.Tests", "Vectors");
        var fresh = Path.Combine(Path.GetTempPath(), $"{Path.GetFileNameWithoutExtension(golden)}-{Guid.NewGuid():N}.json");
        try
        {
            var (code, text) = NeuronPython.Run(Path.Combine(folder, "oracle", script), fresh);
            Assert.True(code == 0, $"{script} failed: {text}");
            Assert.Equal(File.ReadAllText(Path.Combine(folder, "golden", golden)), File.ReadAllText(fresh));
            output.WriteLine($"{golden}: identical to what NEURON writes now");
        }
        finally
        {
            File.Delete(fresh);
        }
    }
}
