using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Implicit;

/// <summary>Runs one mechanism compiled by the scalar and by the SIMD backend on the same inputs
/// and compares everything they leave behind, bit for bit.</summary>
internal static class Comparison
{
    private const string DemoFolder = "/usr/share/nrn/demo/release";

    /// <summary>Instance counts leaving every kind of scalar tail after 4- and 8-lane chunks.</summary>
    public static readonly int[] Counts = [1, 3, 4, 5, 9, 17];

    public static void AssertBitIdentical(Ir.MechanismIr mechanism, BackendOptions simd, string name)
    {
        var scalarDescriptor = MechanismCompiler.CompileInMemory(mechanism, BackendOptions.Scalar);
        var simdDescriptor = MechanismCompiler.CompileInMemory(mechanism, simd);
        foreach (var count in Counts)
        {
            var scalar = Run(scalarDescriptor, count);
            var vector = Run(simdDescriptor, count);
            Assert.Equal(scalar.Count, vector.Count);
            for (var k = 0; k < scalar.Count; k++)
                Assert.True(BitConverter.DoubleToInt64Bits(scalar[k].Value) == BitConverter.DoubleToInt64Bits(vector[k].Value),
                    $"{name}, {count} instances, {scalar[k].Name}: scalar {scalar[k].Value:R}, vector {vector[k].Value:R}");
        }
    }

    /// <summary>A file of the test project (<c>Implicit/x.mod</c>) or of NEURON's demos (<c>demo:x.mod</c>, null when not installed).</summary>
    public static string? Path(string file, ITestOutputHelper output)
    {
        if (!file.StartsWith("demo:", StringComparison.Ordinal)) return System.IO.Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", file);
        var path = System.IO.Path.Combine(DemoFolder, file["demo:".Length..]);
        if (File.Exists(path)) return path;
        output.WriteLine($"NOT RUN: {path} is not installed (Debian package neuron)");
        return null;
    }

    public static Ir.MechanismIr Bind(string path)
    {
        var bound = ModFrontEnd.LowerFile(path);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return bound.Mechanism!;
    }

    /// <summary>One instance per node, each at its own voltage, ions with NEURON's default concentrations.</summary>
    public static Harness Harness(MechanismDescriptor descriptor, int count)
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
    public static void Start(Harness h)
    {
        h.Kernels.Initialize(h.Block, h.State);
        foreach (var state in h.Block.Descriptor.Range.Where(r => r.Kind == VariableKind.State))
            for (var element = 0; element < state.Length; element++)
                for (var i = 0; i < h.Block.Count; i++)
                    h.Block.Fields[state.Field + element][i] *= 0.5 + 0.21 * i;
    }

    /// <summary>Every value after INITIAL, states scaled differently per instance, and 15 steps.</summary>
    public static List<(string Name, double Value)> Run(MechanismDescriptor descriptor, int count)
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
