using EndToEnd.Tests.Support;
using Nrn;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>The build's built-in mod/VClamp.mod (array PARAMETERs, a LINEAR block solved inside a FUNCTION, SOLVE ...
/// METHOD after_cvode) clamping an hh soma, against NEURON 8.2.2's built-in VClamp
/// (tests/golden/builtins/VClamp, recorded every 0.1 ms with dt = 0.025).</summary>
public sealed class VClampGoldenTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("steps.csv", 0.0)]
    [InlineData("steps_tau2.csv", 0.01)]
    public void Three_level_clamp_of_an_hh_soma_matches_NEURON(string csv, double tau2)
    {
        var sim = new Simulation();
        var soma = sim.Section("soma");
        soma.L = 20;
        soma.Diam = 20;
        soma.Insert("hh");
        var clamp = sim.PointProcess("VClamp", soma[0.5]);
        double[] dur = [5, 10, 10], amp = [-65, -20, -80];
        for (var k = 0; k < 3; k++)
        {
            clamp["dur", k] = dur[k];
            clamp["amp", k] = amp[k];
        }
        clamp["tau2"] = tau2;
        var trace = new GoldenTrace(("v", () => soma[0.5].V), ("i", () => clamp["i"]));
        sim.AddRecorder(trace);
        sim.FInitialize(-65);
        sim.ContinueRun(30);

        var golden = GoldenTrace.ReadCsv("VClamp", csv);
        var max = trace.MaxDifferences(golden);
        output.WriteLine($"{csv}: max |v - NEURON| = {max["v"]:g3} mV, max |i - NEURON| = {max["i"]:g3} nA");
        Assert.True(max["v"] <= 1e-6, $"v differs from NEURON by {max["v"]} mV");
        Assert.True(max["i"] <= 1e-4 * golden["i"].Max(Math.Abs), $"i differs from NEURON by {max["i"]} nA");
    }
}
