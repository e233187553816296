using Xunit.Abstractions;

namespace Nrn.Runtime.Tests;

/// <summary>A passive finite cable with a sealed far end and constant current into its 0 end
/// reaches V(x) - E = I r_a lambda cosh((L - x)/lambda) / sinh(L/lambda).</summary>
public sealed class CableAnalyticTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1000.0, 1.0, 100.0, 1e-4, 0.2)]
    [InlineData(300.0, 2.0, 35.4, 5e-4, -0.05)]
    public void SteadyStateMatchesTheSealedEndCableSolution(double length, double diam, double ra, double g, double amp)
    {
        var sim = TestSupport.NewSimulation();
        var cable = sim.Section("cable");
        cable.Nseg = 401;
        cable.L = length;
        cable.Diam = diam;
        cable.Ra = ra;
        cable.Insert("pas");
        foreach (var seg in cable.Segments())
        {
            seg["g_pas"] = g;
            seg["e_pas"] = -65;
        }
        var clamp = sim.PointProcess("IClamp", cable[0]);
        clamp["dur"] = 1e9;
        clamp["amp"] = amp;
        sim.Dt = 0.1;
        sim.FInitialize(-65);
        sim.ContinueRun(100);

        var dCm = diam * 1e-4;
        var rm = 1 / (g * Math.PI * dCm);
        var raPerCm = 4 * ra / (Math.PI * dCm * dCm);
        var lambda = Math.Sqrt(rm / raPerCm);
        var lengthCm = length * 1e-4;
        var worst = 0.0;
        var peak = amp * 1e-9 * raPerCm * lambda / Math.Tanh(lengthCm / lambda) * 1e3;
        foreach (var seg in cable.AllSegments())
        {
            var x = seg.X * lengthCm;
            var expected = amp * 1e-9 * raPerCm * lambda * Math.Cosh((lengthCm - x) / lambda) / Math.Sinh(lengthCm / lambda) * 1e3;
            worst = Math.Max(worst, Math.Abs(seg.V + 65 - expected));
        }
        output.WriteLine($"lambda = {lambda * 1e4:F1} um, V(0) - E = {peak:F4} mV, max error {worst:E2} mV");
        Assert.True(worst <= 1e-3 * Math.Abs(peak), $"max error {worst} mV against a peak of {peak} mV");
    }
}
