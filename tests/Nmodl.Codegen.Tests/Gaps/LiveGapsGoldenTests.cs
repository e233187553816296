using NeuronSharp.Testing;
using Nmodl.Codegen.Tests.Support;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>When NEURON is installed, reruns the oracle scripts of the gap fixes and requires each
/// committed golden file to be exactly what NEURON writes today. Without NEURON the test says so and returns.</summary>
public sealed class LiveGapsGoldenTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("make_gaps_golden.py", "gaps_golden.json")]
    [InlineData("make_names_golden.py", "names_golden.json")]
    [InlineData("make_audit_golden.py", "audit_golden.json")]
    public void Committed_golden_is_what_NEURON_produces(string script, string golden)
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine($"NOT RUN: NEURON's Python module is not installed, {script} was not rerun (the committed {golden} was still checked by the other tests)");
            return;
        }
        var fresh = Path.Combine(Path.GetTempPath(), $"{Path.GetFileNameWithoutExtension(golden)}-{Guid.NewGuid():N}.json");
        try
        {
            var (code, text) = NeuronPython.Run(Path.Combine(Paths.Oracle, script), fresh);
            Assert.True(code == 0, $"{script} failed: {text}");
            Assert.Equal(File.ReadAllText(Path.Combine(Paths.Oracle, golden)), File.ReadAllText(fresh));
            output.WriteLine($"{golden}: identical to what NEURON writes now");
        }
        finally
        {
            File.Delete(fresh);
        }
    }
}
