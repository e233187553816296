using Nmodl.Codegen.Backends;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Implicit;

/// <summary>WHILE and FROM loops (bounded by a GLOBAL, by a non-whole RANGE value, a WHILE whose
/// iteration count depends on v, loops in both branches of an if) in a vectorized kernel against the
/// scalar reference, bit for bit, for instance counts that leave every kind of scalar tail.</summary>
public sealed class VectorLoopTests(ITestOutputHelper output)
{
    private const string File = "Implicit/simdloops.mod";

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void Loops_in_a_vectorized_kernel_equal_the_scalar_path_bit_for_bit(int width)
    {
        var mechanism = Comparison.Bind(Comparison.Path(File, output)!);
        var simd = new BackendOptions(VectorWidth: width);
        Assert.Contains($"private int ComputeCurrentVector{width * 64}(", MechanismCompiler.Generate(mechanism, simd).Text);
        Comparison.AssertBitIdentical(mechanism, simd, File);
    }

    [Fact]
    public void A_loop_bounded_by_a_GLOBAL_runs_on_a_scalar_counter_and_one_bounded_per_instance_on_masks()
    {
        var source = MechanismCompiler.Generate(Comparison.Bind(Comparison.Path(File, output)!), new BackendOptions()).Text;
        var kernel = source[source.IndexOf("private int ComputeCurrentVector256(", StringComparison.Ordinal)..];
        kernel = kernel[..kernel.IndexOf("return i;", StringComparison.Ordinal)];
        Assert.Contains("<= (int)globals[", kernel);
        Assert.Contains("Lanes_int(r", kernel);
        Assert.Contains("while (Vector256.ExtractMostSignificantBits(loop", kernel);
    }

    [Fact]
    public void Loop_counts_differ_between_lanes_of_one_vector()
    {
        var h = Comparison.Harness(MechanismCompiler.CompileInMemory(Comparison.Bind(Comparison.Path(File, output)!), new BackendOptions()), 4);
        h.Kernels.Initialize(h.Block, h.State);
        h.Kernels.ComputeCurrent(h.Block, h.State);
        var halvings = h.Field("k").Take(4).ToArray();
        output.WriteLine($"WHILE iterations per lane: {string.Join(", ", halvings)}");
        Assert.True(halvings.Distinct().Count() > 1);
    }
}
