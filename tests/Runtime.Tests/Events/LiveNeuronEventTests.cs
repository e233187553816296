using NeuronSharp.Testing;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests.Events;

/// <summary>When NEURON is installed, reruns the event oracle scripts and requires the committed
/// golden files to be exactly what NEURON produces. Without NEURON the test says so and returns
/// (the golden files are still checked by the other tests).</summary>
public sealed class LiveNeuronEventTests(ITestOutputHelper output)
{
    [Fact]
    public void CommittedEventGoldenIsWhatNeuronProduces()
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine("NEURON's Python module is not installed: live comparison not run");
            return;
        }
        var scripts = Path.Combine(TestSupport.RepoRoot, "tests", "oracle", "events");
        var dir = Directory.CreateTempSubdirectory("events-golden-");
        try
        {
            foreach (var script in new[] { "make_network_golden.py", "make_gate_order_golden.py", "make_tie_order_golden.py", "make_threshold_golden.py", "make_play_golden.py", "make_patternstim_golden.py", "make_ringtest_golden.py", "make_api_golden.py" })
            {
                var (code, text) = NeuronPython.Run(Path.Combine(scripts, script), dir.FullName);
                Assert.True(code == 0, $"{script} failed: {text}");
            }
            foreach (var file in Directory.GetFiles(dir.FullName, "*.json"))
            {
                var name = Path.GetFileName(file);
                Assert.Equal(File.ReadAllText(EventTestSupport.Golden("events", name)), File.ReadAllText(file));
                output.WriteLine($"{name}: identical to NEURON's output");
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
