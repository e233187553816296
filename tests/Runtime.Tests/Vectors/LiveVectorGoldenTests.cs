using System.Diagnostics;
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
        if (Python("-c", "import neuron").Code != 0)
        {
            output.WriteLine($"NOT RUN: NEURON's Python module is not installed, {script} was not rerun (the committed {golden} was still checked by the other tests)");
            return;
        }
        var folder = Path.Combine(TestSupport.RepoRoot, "tests", "Runtime.Tests", "Vectors");
        var fresh = Path.Combine(Path.GetTempPath(), $"{Path.GetFileNameWithoutExtension(golden)}-{Guid.NewGuid():N}.json");
        try
        {
            var (code, text) = Python(Path.Combine(folder, "oracle", script), fresh);
            Assert.True(code == 0, $"{script} failed: {text}");
            Assert.Equal(File.ReadAllText(Path.Combine(folder, "golden", golden)), File.ReadAllText(fresh));
            output.WriteLine($"{golden}: identical to what NEURON writes now");
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
