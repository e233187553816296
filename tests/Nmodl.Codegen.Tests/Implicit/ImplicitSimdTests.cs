using System.Runtime.Intrinsics;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Implicit;

/// <summary>Kernels with implicit solves (derivimplicit Newton, KINETIC sparse, NONLINEAR, LINEAR)
/// vectorized with per-lane convergence masks against the scalar reference: every field, GLOBAL
/// and ion value bit for bit, for instance counts that leave every kind of scalar tail, from
/// states that differ per instance (so lanes of one vector converge after different numbers of
/// iterations; the counting mechanisms make that visible).</summary>
public sealed class ImplicitSimdTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> Mechanisms()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in new[]
        {
            "Oracle/mod/cgquad.mod", "Oracle/mod/cgnonlin.mod", "Oracle/mod/cgkin.mod", "Oracle/mod/cgbind.mod",
            "Oracle/mod/cgcomp.mod", "Oracle/mod/cglin.mod", "Implicit/simdnewton.mod", "Implicit/simdbind.mod",
            "Implicit/simdmarkov.mod", "demo:cabpump.mod",
        })
        {
            data.Add(file, 4);
            data.Add(file, 8);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Mechanisms))]
    public void Vectorized_implicit_steps_equal_the_scalar_path_bit_for_bit(string file, int width)
    {
        if (Comparison.Path(file, output) is not { } path) return;
        if (width == 8 && !Vector512.IsHardwareAccelerated) output.WriteLine("Vector512 is not hardware accelerated here: the 8-lane kernels run in software");
        var mechanism = Comparison.Bind(path);
        var simd = new BackendOptions(VectorWidth: width);
        Assert.Contains($"private int AdvanceStateVector{width * 64}(", MechanismCompiler.Generate(mechanism, simd).Text);
        Comparison.AssertBitIdentical(mechanism, simd, file);
    }

    [Theory]
    [InlineData("cgquad", 4)]
    [InlineData("cgnonlin", 4)]
    [InlineData("cgkin", 4)]
    [InlineData("cgbind", 4)]
    [InlineData("cgcomp", 4)]
    [InlineData("cglin", 4)]
    [InlineData("cgquad", 8)]
    [InlineData("cgbind", 8)]
    public void Vectorized_implicit_steps_reproduce_NEURON_at_every_instance_count(string mechanism, int width)
    {
        var golden = System.Text.Json.JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Paths.Oracle, "golden.json"))).RootElement;
        var expected = golden.GetProperty("trajectories").GetProperty(mechanism);
        var descriptor = MechanismCompiler.CompileInMemory(Comparison.Bind(System.IO.Path.Combine(Paths.Oracle, "mod", mechanism + ".mod")), new BackendOptions(VectorWidth: width));
        var worst = 0L;
        foreach (var count in Comparison.Counts)
        {
            var h = new Harness(descriptor, count);
            h.Kernels.Initialize(h.Block, h.State);
            for (var step = 0; step <= golden.GetProperty("steps").GetInt32(); step++)
            {
                h.State.T = step * h.State.Dt;
                if (step > 0) h.Kernels.AdvanceState(h.Block, h.State);
                foreach (var state in expected.EnumerateObject())
                    for (var i = 0; i < count; i++)
                        worst = Math.Max(worst, OracleTrajectoryTests.Ulps(state.Value[step].GetDouble(), h.Field(state.Name)[i]));
            }
        }
        output.WriteLine($"{mechanism}, {width} lanes, 1 to 17 instances: largest difference from NEURON {worst} ulp");
        Assert.InRange(worst, 0, OracleTrajectoryTests.AllowedUlps(mechanism));
    }

    [Theory]
    [InlineData("Implicit/simdnewton.mod", "k")]
    [InlineData("Implicit/simdbind.mod", "kf")]
    public void Lanes_of_one_vector_take_different_numbers_of_iterations(string file, string rate)
    {
        var mechanism = Comparison.Bind(Comparison.Path(file, output)!);
        var counts = new List<double[]>();
        foreach (var options in new[] { BackendOptions.Scalar, new BackendOptions(VectorWidth: 4), new BackendOptions(VectorWidth: 8) })
        {
            var h = Comparison.Harness(MechanismCompiler.CompileInMemory(mechanism, options), 9);
            for (var i = 0; i < 9; i++) h.Field(rate)[i] *= Math.Pow(5, i % 4);
            Comparison.Start(h);
            for (var step = 0; step < 3; step++) h.Kernels.AdvanceState(h.Block, h.State);
            counts.Add([.. h.Field("calls").Take(9)]);
        }
        output.WriteLine($"{file}: block evaluations in 3 steps per instance: {string.Join(", ", counts[0])}");
        Assert.Equal(counts[0], counts[1]);
        Assert.Equal(counts[0], counts[2]);
        // The first vector's four lanes converge after different numbers of iterations.
        Assert.True(counts[0].Take(4).Distinct().Count() > 1, $"every lane took {counts[0][0]} evaluations");
    }

    [Theory]
    [InlineData(6, 7, "did not converge in 50 iterations (instance 6)")]
    [InlineData(7, 5, "singular Jacobian in block 'nl' of mechanism 'simdnlfail' (instance 5)")]
    [InlineData(2, 1, "singular Jacobian in block 'nl' of mechanism 'simdnlfail' (instance 1)")]
    public void A_failing_lane_stops_the_step_with_the_scalar_path_s_error(int noRoot, int singular, string message)
    {
        var mechanism = Comparison.Bind(Comparison.Path("Implicit/simdnlfail.mod", output)!);
        foreach (var options in new[] { BackendOptions.Scalar, new BackendOptions(VectorWidth: 4), new BackendOptions(VectorWidth: 8) })
        {
            var h = Comparison.Harness(MechanismCompiler.CompileInMemory(mechanism, options), 9);
            h.Field("c")[noRoot] = -2;
            h.Field("s")[singular] = 0;
            h.Kernels.Initialize(h.Block, h.State);
            var error = Assert.Throws<InvalidOperationException>(() => h.Kernels.AdvanceState(h.Block, h.State));
            Assert.EndsWith(message, error.Message);
        }
    }

    [Fact]
    public void STEADYSTATE_sparse_stays_scalar_and_the_time_step_is_vectorized()
    {
        var source = MechanismCompiler.Generate(Comparison.Bind(Comparison.Path("Implicit/simdmarkov.mod", output)!), new BackendOptions()).Text;
        Assert.DoesNotContain("private int InitializeVector256(", source);
        Assert.Contains("private int AdvanceStateVector256(", source);
        Assert.Contains("private int ComputeCurrentVector256(", source);
    }
}
