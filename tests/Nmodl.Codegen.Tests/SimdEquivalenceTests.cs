using System.Runtime.Intrinsics;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests;

/// <summary>The SIMD backend against the scalar reference on the same random inputs (instance
/// counts that leave a scalar tail): with per-lane System.Math the results must be bit-identical;
/// with Vector256.Exp the difference is measured and bounded.</summary>
public sealed class SimdEquivalenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Hh_like_kernels_are_vectorized()
    {
        var source = MechanismCompiler.Generate(HhLike.Build(), new BackendOptions(VectorWidth: 0)).Text;
        foreach (var width in new[] { "256", "512" })
        {
            Assert.Contains($"private int ComputeCurrentVector{width}(", source);
            Assert.Contains($"private int AdvanceStateVector{width}(", source);
            Assert.Contains($"private int InitializeVector{width}(", source);
            Assert.Contains($"Vector{width}.ConditionalSelect(", source);
        }
    }

    [Fact]
    public void Temperature_factor_is_computed_once_per_kernel_call_not_per_instance()
    {
        var source = MechanismCompiler.Generate(HhLike.Build(), BackendOptions.Scalar).Text;
        var scalarLoop = source[source.IndexOf("private void AdvanceStateScalar(", StringComparison.Ordinal)..];
        var loopStart = scalarLoop.IndexOf("for (int i = start; i < end; i++)", StringComparison.Ordinal);
        Assert.Contains("Math.Pow(3.0, ((celsius - 6.3) / 10.0))", scalarLoop[..loopStart]);
        Assert.DoesNotContain("Math.Pow", scalarLoop[loopStart..scalarLoop.IndexOf("#line default", StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void Per_lane_math_gives_bit_identical_results(int width)
    {
        if (width == 8 && !Vector512.IsHardwareAccelerated) output.WriteLine("Vector512 is not hardware accelerated here: the 8-lane kernels run in software");
        Assert.Equal(0, LargestDifference(new BackendOptions(Simd: true, VectorMath: false, VectorWidth: width), 37));
    }

    [Fact]
    public void Vector256_Exp_differs_from_Math_Exp_by_at_most_two_ulp()
    {
        var random = new Random(7);
        var worst = 0L;
        var differing = 0;
        const int samples = 100_000;
        for (var k = 0; k < samples; k += 4)
        {
            var x = Vector256.Create(Sample(), Sample(), Sample(), Sample());
            var e = Vector256.Exp(x);
            for (var lane = 0; lane < 4; lane++)
            {
                var ulps = OracleTrajectoryTests.Ulps(Math.Exp(x.GetElement(lane)), e.GetElement(lane));
                worst = Math.Max(worst, ulps);
                if (ulps != 0) differing++;
            }
        }
        output.WriteLine($"Vector256.Exp vs Math.Exp on [-60, 60]: {differing} of {samples} differ, by at most {worst} ulp");
        // More than 1 ulp is why per-lane Math.Exp is the default (BackendOptions.VectorMath = false).
        Assert.InRange(worst, 0, 2);

        double Sample() => random.NextDouble() * 120 - 60;
    }

    [Fact]
    public void Vector_math_kernels_agree_with_the_scalar_path_to_round_off()
    {
        var ir = HhLike.Build();
        var scalar = Run(MechanismCompiler.CompileInMemory(ir, BackendOptions.Scalar), 37);
        var vector = Run(MechanismCompiler.CompileInMemory(ir, new BackendOptions(Simd: true, VectorMath: true)), 37);
        var worst = 0.0;
        for (var k = 0; k < scalar.Count; k++)
            worst = Math.Max(worst, Math.Abs(scalar[k] - vector[k]) / Math.Max(1e-3, Math.Abs(scalar[k])));
        output.WriteLine($"Vector256.Exp kernels vs scalar after 20 steps: largest relative difference {worst:e2}");
        Assert.InRange(worst, 0, 1e-9);
    }

    private static long LargestDifference(BackendOptions simd, int count)
    {
        var ir = HhLike.Build();
        var scalar = Run(MechanismCompiler.CompileInMemory(ir, BackendOptions.Scalar), count);
        var vector = Run(MechanismCompiler.CompileInMemory(ir, simd), count);
        return scalar.Zip(vector).Max(p => OracleTrajectoryTests.Ulps(p.First, p.Second));
    }

    /// <summary>Every number the kernels produce after 20 steps of current + state updates from random voltages and states.</summary>
    private static List<double> Run(MechanismDescriptor descriptor, int count)
    {
        var random = new Random(42);
        var h = new Harness(descriptor, count, HhLike.Ions(count, (count + 7) / 8 * 8));
        for (var i = 0; i < count; i++) h.State.V[i] = -90 + 130 * random.NextDouble();
        h.State.V[3] = -40;
        h.State.V[5] = -55;
        h.Kernels.Initialize(h.Block, h.State);
        foreach (var s in new[] { "m", "h", "n" })
            for (var i = 0; i < count; i++) h.Field(s)[i] = random.NextDouble();
        var outputs = new List<double>();
        for (var step = 0; step < 20; step++)
        {
            Array.Clear(h.State.Rhs);
            Array.Clear(h.State.D);
            h.Kernels.ComputeCurrent(h.Block, h.State);
            for (var i = 0; i < count; i++) h.State.V[i] += h.State.Rhs[i] / (h.State.D[i] + 40);
            h.Kernels.AdvanceState(h.Block, h.State);
            outputs.AddRange(h.State.Rhs);
            outputs.AddRange(h.State.D);
        }
        foreach (var field in h.Block.Fields) outputs.AddRange(field.Take(count));
        outputs.AddRange(h.Block.Globals);
        foreach (var ion in h.Block.Ions)
            foreach (var f in ion.Fields) outputs.AddRange(f);
        return outputs;
    }
}
