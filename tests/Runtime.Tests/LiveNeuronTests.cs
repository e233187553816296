using NeuronSharp.Testing;
using Xunit.Abstractions;

namespace Nrn.Runtime.Tests;

/// <summary>When NEURON is installed, regenerates the committed golden files with it and checks
/// they are what NEURON produces today (so the golden data cannot silently drift from the oracle).
/// Without NEURON the test says so and returns.</summary>
public sealed class LiveNeuronTests(ITestOutputHelper output)
{
    [Fact]
    public void CommittedCellGoldenIsWhatNeuronProduces()
    {
        if (!NeuronPython.Available)
        {
            output.WriteLine("NEURON's Python module is not installed: live comparison not run (golden files were still checked by the other tests)");
            return;
        }
        var scripts = Path.Combine(TestSupport.RepoRoot, "tests", "oracle", "cells");
        var dir = Directory.CreateTempSubdirectory("cells-golden-");
        try
        {
            var (code, text) = NeuronPython.Run(Path.Combine(scripts, "make_cells_golden.py"), dir.FullName);
            Assert.True(code == 0, $"make_cells_golden.py failed: {text}");
            (code, text) = NeuronPython.Run(Path.Combine(scripts, "make_ions_golden.py"), Path.Combine(dir.FullName, "ions.json"));
            Assert.True(code == 0, $"make_ions_golden.py failed: {text}");
            var committed = Path.Combine(TestSupport.RepoRoot, "tests", "golden", "cells");
            foreach (var file in Directory.GetFiles(dir.FullName, "*.json"))
            {
                var name = Path.GetFileName(file);
                Assert.Equal(File.ReadAllText(Path.Combine(committed, name)), File.ReadAllText(file));
                output.WriteLine($"{name}: identical to NEURON's output");
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
