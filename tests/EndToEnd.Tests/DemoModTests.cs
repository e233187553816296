using EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>NEURON's demo mechanisms, read from the Debian package at test time, each built by
/// nrnivmodl on its own. Every file either builds a loadable library or fails with located
/// diagnostics and exit code 1; the ones the compiler's own tests check against NEURON must build.</summary>
public sealed class DemoModTests(ITestOutputHelper output)
{
    private const string DemoFolder = "/usr/share/nrn/demo/release";

    /// <summary>Checked against NEURON's numbers by the compiler's tests, so they must compile here.</summary>
    private static readonly string[] MustCompile = ["cachan1", "khhchan", "mcna", "nachan"];

    [Fact]
    public void Every_demo_mod_builds_or_fails_cleanly()
    {
        if (!Directory.Exists(DemoFolder))
        {
            output.WriteLine($"NEURON's demo mechanisms are not installed ({DemoFolder}); nothing to compile");
            return;
        }
        var compiled = new List<string>();
        var failed = new List<string>();
        foreach (var mod in Directory.GetFiles(DemoFolder, "*.mod").Order(StringComparer.Ordinal))
        {
            using var dir = new TempFolder("e2e-demo-");
            var name = Path.GetFileNameWithoutExtension(mod);
            var run = NrnivmodlRun.Run(dir.Copy(mod));
            if (run.Exit == 0)
            {
                compiled.Add(name);
                var sim = new Nrn.Simulation();
                Assert.NotEmpty(sim.LoadMechanisms(Path.Combine(dir.Path, "x86_64", "nrnmech.dll")));
                continue;
            }
            failed.Add(name);
            output.WriteLine($"--- {name}.mod does not compile:\n{run.Err}");
            Assert.Equal(1, run.Exit);
            Assert.Matches(@"\.mod:\d+:\d+: (error|warning) ", run.Err);
        }
        output.WriteLine($"compiled ({compiled.Count}): {string.Join(" ", compiled)}");
        output.WriteLine($"not compiled ({failed.Count}): {string.Join(" ", failed)}");
        foreach (var name in MustCompile) Assert.Contains(name, compiled);
    }
}
