using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests;

/// <summary>Kernels that look up TABLEs are vectorized (the built-in hh of mod/, whose rates
/// PROCEDURE is tabulated): they must give the scalar reference's numbers bit for bit, for
/// voltages inside the table, on its grid points, at and beyond both ends, and NaN, with the
/// table on and off (usetable = 0 runs the scalar loop).</summary>
public sealed class SimdTableTests
{
    private static readonly string HhFile = Path.Combine(Paths.RepositoryRoot, "mod", "hh.mod");

    [Fact]
    public void Tabulated_hh_kernels_have_vector_loops()
    {
        var bound = ModFrontEnd.LowerFile(HhFile);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var source = MechanismCompiler.Generate(bound.Mechanism!, new BackendOptions(VectorWidth: 0)).Text;
        foreach (var kernel in new[] { "Initialize", "AdvanceState", "ComputeCurrent" })
            foreach (var width in new[] { "256", "512" })
                Assert.Contains($"private int {kernel}Vector{width}(", source);
        Assert.Contains("Vector256.ConvertToInt64(", source);
    }

    [Theory]
    [InlineData(4, 1.0)]
    [InlineData(8, 1.0)]
    [InlineData(4, 0.0)]
    public void Vectorized_table_lookups_equal_the_scalar_path_bit_for_bit(int width, double usetable)
    {
        var scalar = Run(BackendOptions.Scalar, usetable);
        var vector = Run(new BackendOptions(Simd: true, VectorWidth: width), usetable);
        Assert.Equal(scalar.Count, vector.Count);
        for (var k = 0; k < scalar.Count; k++)
            Assert.True(scalar[k].Equals(vector[k]), $"output {k}: scalar {scalar[k]:R}, vector {vector[k]:R}");
    }

    /// <summary>Every number after INITIAL and 10 steps of currents and states, 41 instances (a scalar tail).</summary>
    private static List<double> Run(BackendOptions options, double usetable)
    {
        const int count = 41;
        var bound = ModFrontEnd.LowerFile(HhFile);
        var descriptor = MechanismCompiler.CompileInMemory(bound.Mechanism!, options);
        var ions = descriptor.Ions.Select((use, k) =>
        {
            var fields = Enumerable.Range(0, 5).Select(_ => new double[count]).ToArray();
            Array.Fill(fields[(int)IonField.Erev], k == 0 ? 50.0 : -77.0);
            return new IonBinding(fields, [.. Enumerable.Range(0, count)], use.Valence ?? 1);
        }).ToArray();
        var h = new Harness(descriptor, count, ions);
        h.Global("usetable") = usetable;
        h.State.Celsius = 6.3;
        var random = new Random(3);
        double[] special = [-100.0, 100.0, -150.0, 250.0, -99.0, 0.0, 37.0, -65.0, double.NaN, 99.999999, -99.999999, double.PositiveInfinity];
        for (var i = 0; i < count; i++) h.State.V[i] = i < special.Length ? special[i] : -120 + 240 * random.NextDouble();
        h.Kernels.Initialize(h.Block, h.State);
        var outputs = new List<double>();
        for (var step = 0; step < 10; step++)
        {
            Array.Clear(h.State.Rhs);
            Array.Clear(h.State.D);
            h.Kernels.ComputeCurrent(h.Block, h.State);
            for (var i = special.Length; i < count; i++) h.State.V[i] += h.State.Rhs[i] / (h.State.D[i] + 40);
            h.Kernels.AdvanceState(h.Block, h.State);
            outputs.AddRange(h.State.Rhs);
            outputs.AddRange(h.State.D);
        }
        foreach (var field in h.Block.Fields) outputs.AddRange(field.Take(count));
        outputs.AddRange(h.Block.Globals);
        return outputs;
    }
}
