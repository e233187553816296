using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>A TABLE whose listed variables are RANGE (<c>RANGE minf, mtau</c> with
/// <c>TABLE minf, mtau DEPEND celsius ...</c> in PROCEDURE rates, common in published mod files).
/// nocmodl tabulates them like any other: <c>_check_rates</c> calls the procedure with the first
/// instance's data at every grid point and copies minf, mtau into the table; the lookup writes the
/// instance's own minf, mtau. A RANGE parameter the procedure reads (vshift) is therefore the first
/// instance's for every instance while usetable is 1. Compared with NEURON 8.2.2 bit for bit.</summary>
public sealed class RangeTableTests
{
    [Theory]
    [InlineData("usetable1", false)]
    [InlineData("usetable1", true)]
    [InlineData("usetable0", false)]
    [InlineData("usetable0", true)]
    public void Tabulated_RANGE_variables_follow_NEURON(string run, bool simd)
    {
        var spec = GapsGolden.Root.GetProperty("cgtabr").GetProperty(run);
        var shifts = spec.GetProperty("vshift").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var volts = spec.GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var celsius = spec.GetProperty("celsius").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var h = new Harness(GapsGolden.Compile("cgtabr", new BackendOptions(Simd: simd)), shifts.Length, dt: GapsGolden.Root.GetProperty("cgtabr").GetProperty("dt").GetDouble());
        h.Global("usetable") = run == "usetable1" ? 1 : 0;
        shifts.CopyTo(h.Field("vshift"), 0);
        h.State.Celsius = celsius[0];
        h.Kernels.Initialize(h.Block, h.State);
        var trace = spec.GetProperty("trace");
        Check(0);
        volts.CopyTo(h.State.V, 0);
        for (var step = 1; step < trace.GetProperty("m").GetArrayLength(); step++)
        {
            if (step == spec.GetProperty("celsius_from_step").GetInt32()) h.State.Celsius = celsius[1];
            h.Kernels.ComputeCurrent(h.Block, h.State);
            h.Kernels.AdvanceState(h.Block, h.State);
            Check(step);
        }

        void Check(int step)
        {
            foreach (var variable in trace.EnumerateObject())
                for (var i = 0; i < shifts.Length; i++)
                {
                    var want = variable.Value[step][i].GetDouble();
                    var actual = h.Field(variable.Name)[i];
                    Assert.True(want == actual, $"{run}, step {step}, instance {i}: {variable.Name} = {actual:R}, NEURON {want:R}");
                }
        }
    }
}
