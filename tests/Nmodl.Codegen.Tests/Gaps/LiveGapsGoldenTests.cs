using NeuronSharp.Testing;
using Nmodl.Codegen.Tests.Support;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>When NEURON is installed, reruns Oracle/make_gaps_golden.py and requires the committed
/// gaps_golden.json to be exactly what NEURON writes today. Without NEURON the test says so and returns.</summary>
public sealed class LiveGapsGoldenTests(ITestOutputHelper output)
{
    [Fact]
    public void Committed_gaps_golden_is_what_NEURON_produces()
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine("NOT RUN: NEURON's Python module is not installed, make_gaps_golden.py was not rerun (the committed gaps_golden.json was still checked by the other tests)");
            return;
        }
        var fresh = Path.Combine(Path.GetTempPath(), $"gaps_golden-{Guid.NewGuid():N}.json");
        try
        {
            var (code, text) = NeuronPython.Run(Path.Combine(Paths.Oracle, "make_gaps_golden.py"), fresh);
            Assert.True(code == 0, $"make_gaps_golden.py failed: {text}");
            Assert.Equal(File.ReadAllText(Path.Combine(Paths.Oracle, "gaps_golden.json")), File.ReadAllText(fresh));
            output.WriteLine("gaps_golden.json: identical to what NEURON writes now");
        }
        finally
        {
            File.Delete(fresh);
        }
    }
}
