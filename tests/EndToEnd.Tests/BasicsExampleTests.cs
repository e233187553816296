using EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>examples/Basics run as a user runs it, on the built-ins the build compiled: its printed
/// topology and its CSV against what NEURON printed and recorded for the same seed.</summary>
public sealed class BasicsExampleTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _dir = new("e2e-example-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_example_prints_NEURONs_topology_and_writes_NEURONs_trace()
    {
        var csv = Path.Combine(_dir.Path, "data.csv");
        var run = ExampleRun.Run("Basics", "--csv", csv);
        Assert.True(run.Exit == 0, run.Err);
        Assert.StartsWith(SeedGolden.Text("basics_topology_new_soma"), run.Out);
        var (dt, dv) = SeedGolden.TraceDifference("basics_trace", SeedGolden.ReadCsv(csv));
        output.WriteLine($"max |t - t_NEURON| = {dt:E2} ms, max |v - v_NEURON| = {dv:E2} mV");
        Assert.True(dt <= 1e-9, $"t differs from NEURON's by {dt} ms");
        Assert.True(dv <= 1e-6, $"v differs from NEURON's by {dv} mV");
    }

    [Fact]
    public void An_unknown_argument_prints_the_usage_and_exits_with_2()
    {
        var run = ExampleRun.Run("Basics", "--mechs", "x.dll");
        Assert.Equal(2, run.Exit);
        Assert.Contains("'--mechs'", run.Err);
        Assert.Contains("usage: Basics [--csv CSV]", run.Err);
    }
}
