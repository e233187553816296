using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>.mod text through the parser, the binder and the back end: the Oracle mechanisms
/// reproduce NEURON's golden trajectories, and hhlike.mod computes what the hand-built IR does.</summary>
public sealed class ModTextTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "golden.json"))).RootElement;

    public static TheoryData<string> OracleMods() => ["cgrelax", "cgquad", "cgquadcn", "cgrot", "cgrotrk", "cgkin", "cgbind", "cgcomp", "cgnonlin", "cglin"];

    [Theory]
    [MemberData(nameof(OracleMods))]
    public void Oracle_mod_file_reproduces_NEURON(string mechanism)
    {
        var descriptor = Compile(Path.Combine(Paths.Oracle, "mod", mechanism + ".mod"), new BackendOptions());
        var h = new Harness(descriptor, 6);
        var expected = Golden.GetProperty("trajectories").GetProperty(mechanism);
        h.Kernels.Initialize(h.Block, h.State);
        for (var step = 0; step <= Golden.GetProperty("steps").GetInt32(); step++)
        {
            h.State.T = step * h.State.Dt;
            if (step > 0) h.Kernels.AdvanceState(h.Block, h.State);
            foreach (var state in expected.EnumerateObject())
                for (var i = 0; i < h.Block.Count; i++)
                    Assert.InRange(OracleTrajectoryTests.Ulps(state.Value[step].GetDouble(), h.Field(state.Name)[i]), 0, OracleTrajectoryTests.AllowedUlps(mechanism));
        }
    }

    [Theory]
    [InlineData("cgssk")]
    [InlineData("cgssl")]
    public void Steady_state_mod_file_matches_NEURON(string mechanism)
    {
        var h = new Harness(Compile(Path.Combine(Paths.Oracle, "mod", mechanism + ".mod"), new BackendOptions()), 2);
        h.Kernels.Initialize(h.Block, h.State);
        // Same tolerances as OracleTrajectoryTests: exact for the linear scheme, ill-conditioned otherwise.
        var tolerance = mechanism == "cgssl" ? 0.0 : 5e-8;
        foreach (var state in Golden.GetProperty("steadystate").GetProperty(mechanism).EnumerateObject())
            Assert.Equal(state.Value.GetDouble(), h.Field(state.Name)[1], tolerance);
    }

    [Fact]
    public void Tabulated_functions_of_a_mod_file_equal_NEURON_bit_for_bit()
    {
        var d = Compile(Path.Combine(Paths.Oracle, "mod", "cgtable.mod"), BackendOptions.Scalar);
        var h = new Harness(d, 1);
        var table = Golden.GetProperty("table");
        h.State.Celsius = table.GetProperty("celsius").GetDouble();
        h.Kernels.Initialize(h.Block, h.State);
        var flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        var rates = h.Kernels.GetType().GetMethod("F_rates", flags)!;
        var alpha = h.Kernels.GetType().GetMethod("F_alpha", flags)!;
        var v = table.GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (var k = 0; k < v.Length; k++)
        {
            rates.Invoke(h.Kernels, [h.Block, h.State, 0, v[k], v[k]]);
            Assert.Equal(table.GetProperty("minf")[k].GetDouble(), h.Global("minf"));
            Assert.Equal(table.GetProperty("mtau")[k].GetDouble(), h.Global("mtau"));
            Assert.Equal(table.GetProperty("alpha")[k].GetDouble(), (double)alpha.Invoke(h.Kernels, [h.Block, h.State, 0, v[k], v[k]])!);
        }
    }

    [Fact]
    public void Hh_like_mod_text_computes_exactly_what_the_hand_built_IR_computes()
    {
        var fromText = Compile(Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "EndToEnd", "hhlike.mod"), new BackendOptions());
        var byHand = MechanismCompiler.CompileInMemory(HhLike.Build(), new BackendOptions());
        Assert.Equal(byHand.Range.Select(r => (r.Name, r.Kind, r.Default, r.Units)).OrderBy(r => r.Name), fromText.Range.Select(r => (r.Name, r.Kind, r.Default, r.Units)).OrderBy(r => r.Name));
        var a = Run(fromText);
        var b = Run(byHand);
        Assert.Equal(b, a);
    }

    private static List<double> Run(MechanismDescriptor d)
    {
        const int count = 13;
        var h = new Harness(d, count, HhLike.Ions(count, 16));
        for (var i = 0; i < count; i++) h.State.V[i] = -80 + 9 * i;
        h.Kernels.Initialize(h.Block, h.State);
        var output = new List<double>();
        for (var step = 0; step < 10; step++)
        {
            h.Kernels.ComputeCurrent(h.Block, h.State);
            h.Kernels.AdvanceState(h.Block, h.State);
            output.AddRange(h.State.Rhs);
            output.AddRange(h.State.D);
        }
        foreach (var name in new[] { "m", "h", "n", "gna", "gk", "ina", "ik", "il" }) output.AddRange(h.Field(name).Take(count));
        return output;
    }

    private static MechanismDescriptor Compile(string path, BackendOptions options)
    {
        var bound = ModFrontEnd.LowerFile(path);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return MechanismCompiler.CompileInMemory(bound.Mechanism!, options);
    }
}
