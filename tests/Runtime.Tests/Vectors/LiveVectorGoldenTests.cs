using System.Diagnostics;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests.Vectors;

/// <summary>When NEURON is installed, reruns oracle/make_vector_golden.py and requires the committed
/// golden file to be exactly what it writes today. Without NEURON the test says so and returns.</summary>
public sealed class LiveVectorGoldenTests(ITestOutputHelper output)
{
    [Fact]
    public void CommittedVectorGoldenIsWhatNeuronProduces()
    {
        if (Python("-c", "import neuron").Code != 0)
        {
            output.WriteLine("NEURON's Python module is not installed: live comparison not run (the golden file was still checked by the other tests)");
            return;
        }
        var folder = Path.Combine(TestSupport.RepoRoot, "tests", "Runtime.Tests", "Vectors");
        var fresh = Path.Combine(Path.GetTempPath(), $"vector-golden-{Guid.NewGuid():N}.json");
        try
        {
            var (code, text) = Python(Path.Combine(folder, "oracle", "make_vector_golden.py"), fresh);
            Assert.True(code == 0, $"make_vector_golden.py failed: {text}");
            Assert.Equal(File.ReadAllText(Path.Combine(folder, "golden", "vector_golden.json")), File.ReadAllText(fresh));
            output.WriteLine("vector_golden.json: identical to what NEURON and Python write now");
        }
        finally
        {
            File.Delete(fresh);
        }
    }

    private static (int Code, string Text) Python(params string[] arguments)
    {
        if (!File.Exists("/usr/bin/python3")) return (-1, "no /usr/bin/python3");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
