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
    private const string DemoFolder = "/usr/share/nrn/demo/release";
    private static readonly int[] Counts = [1, 3, 4, 5, 9, 17];

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
        if (Path(file) is not { } path) return;
        if (width == 8 && !Vector512.IsHardwareAccelerated) output.WriteLine("Vector512 is not hardware accelerated here: the 8-lane kernels run in software");
        var mechanism = Bind(path);
        var simd = new BackendOptions(VectorWidth: width);
        Assert.Contains($"private int AdvanceStateVector{width * 64}(", MechanismCompiler.Generate(mechanism, simd).Text);
        var scalarDescriptor = MechanismCompiler.CompileInMemory(mechanism, BackendOptions.Scalar);
        var simdDescriptor = MechanismCompiler.CompileInMemory(mechanism, simd);
        foreach (var count in Counts)
        {
            var scalar = Run(scalarDescriptor, count);
            var vector = Run(simdDescriptor, count);
            Assert.Equal(scalar.Count, vector.Count);
            for (var k = 0; k < scalar.Count; k++)
                Assert.True(BitConverter.DoubleToInt64Bits(scalar[k].Value) == BitConverter.DoubleToInt64Bits(vector[k].Value),
                    $"{file}, {count} instances, {scalar[k].Name}: scalar {scalar[k].Value:R}, vector {vector[k].Value:R}");
        }
    }

    [Theory]
    [InlineData("Implicit/simdnewton.mod", "k")]
    [InlineData("Implicit/simdbind.mod", "kf")]
    public void Lanes_of_one_vector_take_different_numbers_of_iterations(string file, string rate)
    {
        var mechanism = Bind(Path(file)!);
        var counts = new List<double[]>();
        foreach (var options in new[] { BackendOptions.Scalar, new BackendOptions(VectorWidth: 4), new BackendOptions(VectorWidth: 8) })
        {
            var h = Harness(MechanismCompiler.CompileInMemory(mechanism, options), 9);
            for (var i = 0; i < 9; i++) h.Field(rate)[i] *= Math.Pow(5, i % 4);
            Start(h);
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
        var mechanism = Bind(Path("Implicit/simdnlfail.mod")!);
        foreach (var options in new[] { BackendOptions.Scalar, new BackendOptions(VectorWidth: 4), new BackendOptions(VectorWidth: 8) })
        {
            var h = Harness(MechanismCompiler.CompileInMemory(mechanism, options), 9);
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
        var source = MechanismCompiler.Generate(Bind(Path("Implicit/simdmarkov.mod")!), new BackendOptions()).Text;
        Assert.DoesNotContain("private int InitializeVector256(", source);
        Assert.Contains("private int AdvanceStateVector256(", source);
        Assert.Contains("private int ComputeCurrentVector256(", source);
    }

    private string? Path(string file)
    {
        if (!file.StartsWith("demo:", StringComparison.Ordinal)) return System.IO.Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", file);
        var path = System.IO.Path.Combine(DemoFolder, file["demo:".Length..]);
        if (File.Exists(path)) return path;
        output.WriteLine($"NOT RUN: {path} is not installed (Debian package neuron)");
        return null;
    }

    private static Ir.MechanismIr Bind(string path)
    {
        var bound = ModFrontEnd.LowerFile(path);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return bound.Mechanism!;
    }

    private static Harness Harness(MechanismDescriptor descriptor, int count)
    {
        var ions = descriptor.Ions.Select(_ =>
        {
            var fields = Enumerable.Range(0, 5).Select(_ => new double[count]).ToArray();
            Array.Fill(fields[(int)IonField.Erev], -77.0);
            Array.Fill(fields[(int)IonField.Inside], 5e-5);
            Array.Fill(fields[(int)IonField.Outside], 2.0);
            return new IonBinding(fields, [.. Enumerable.Range(0, count)], 2);
        }).ToArray();
        var h = new Harness(descriptor, count, ions);
        for (var i = 0; i < count; i++) h.State.V[i] = -85 + 7.5 * i;
        return h;
    }

    /// <summary>INITIAL, then every state scaled by a factor of its instance.</summary>
    private static void Start(Harness h)
    {
        h.Kernels.Initialize(h.Block, h.State);
        foreach (var state in h.Block.Descriptor.Range.Where(r => r.Kind == VariableKind.State))
            for (var element = 0; element < state.Length; element++)
                for (var i = 0; i < h.Block.Count; i++)
                    h.Block.Fields[state.Field + element][i] *= 0.5 + 0.21 * i;
    }

    /// <summary>Every value after INITIAL, states scaled differently per instance, and 15 steps.</summary>
    private static List<(string Name, double Value)> Run(MechanismDescriptor descriptor, int count)
    {
        var h = Harness(descriptor, count);
        Start(h);
        for (var step = 1; step <= 15; step++)
        {
            h.State.T = step * h.State.Dt;
            foreach (var ion in h.Block.Ions)
                for (var i = 0; i < count; i++) ion.Fields[(int)IonField.Current][i] = -1e-4 * (i + 1);
            Array.Clear(h.State.Rhs);
            Array.Clear(h.State.D);
            h.Kernels.ComputeCurrent(h.Block, h.State);
            h.Kernels.AdvanceState(h.Block, h.State);
        }
        var values = new List<(string, double)>();
        foreach (var r in descriptor.Range)
            for (var element = 0; element < r.Length; element++)
                for (var i = 0; i < count; i++) values.Add(($"{r.Name}[{element}] of instance {i}", h.Block.Fields[r.Field + element][i]));
        values.AddRange(h.Block.Globals.Select((g, k) => ($"global {k}", g)));
        for (var b = 0; b < h.Block.Ions.Length; b++)
            for (var f = 0; f < 5; f++)
                values.AddRange(h.Block.Ions[b].Fields[f].Select((x, i) => ($"ion {b} field {(IonField)f} of instance {i}", x)));
        values.AddRange(h.State.Rhs.Select((x, i) => ($"rhs {i}", x)));
        values.AddRange(h.State.D.Select((x, i) => ($"d {i}", x)));
        return values;
    }
}
