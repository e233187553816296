using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>Arrays indexed at run time (Oracle/constructs/cgarray.mod): FROM loops bounded by a
/// RANGE value, a LOCAL index, RANGE, GLOBAL and LOCAL arrays, beside a KINETIC chain over a STATE
/// array, against NEURON 8.2.2 (Oracle/constructs_golden.json from make_constructs_golden.py).</summary>
public sealed class ArrayIndexTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "constructs_golden.json"))).RootElement;

    private static readonly string ModFile = Path.Combine(Paths.Oracle, "constructs", "cgarray.mod");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_time_indices_and_loop_bounds_give_NEURONs_values(bool simd)
    {
        var spec = Golden.GetProperty("cgarray");
        var instances = spec.GetProperty("instances").EnumerateArray().ToList();
        var h = new Harness(Compile(new BackendOptions(Simd: simd)), instances.Count, dt: Golden.GetProperty("dt").GetDouble());
        Array.Fill(h.State.V, Golden.GetProperty("v").GetDouble());
        for (var i = 0; i < instances.Count; i++)
        {
            h.Field("n")[i] = instances[i].GetProperty("n").GetDouble();
            h.Field("k")[i] = instances[i].GetProperty("k").GetDouble();
        }
        h.Kernels.Initialize(h.Block, h.State);
        for (var step = 0; step <= spec.GetProperty("steps").GetInt32(); step++)
        {
            if (step > 0)
            {
                h.Kernels.ComputeCurrent(h.Block, h.State);
                h.Kernels.AdvanceState(h.Block, h.State);
            }
            for (var i = 0; i < instances.Count; i++)
                foreach (var variable in instances[i].GetProperty("trace").EnumerateObject())
                {
                    var want = variable.Value[step].GetDouble();
                    var actual = Value(h, variable.Name, i);
                    Assert.True(want == actual, $"step {step}, instance {i}: {variable.Name} = {actual:R}, NEURON {want:R}");
                }
        }
        var g = h.Block.Descriptor.Globals.Single(x => x.Name == "g");
        Assert.Equal(spec.GetProperty("g").EnumerateArray().Select(e => e.GetDouble()), h.Block.Globals.Skip(g.Index).Take(g.Length));
    }

    [Fact]
    public void An_index_outside_the_array_at_run_time_names_the_mechanism_array_and_value()
    {
        var h = new Harness(Compile(BackendOptions.Scalar), 1);
        h.Field("n")[0] = 4;
        var error = Assert.Throws<IndexOutOfRangeException>(() => h.Kernels.Initialize(h.Block, h.State));
        Assert.Equal("mechanism 'cgarray': index 4 of 'a' is outside 0 to 3", error.Message);
        h.Field("n")[0] = 3;
        h.Field("k")[0] = double.NaN;
        h.Kernels.Initialize(h.Block, h.State);
        error = Assert.Throws<IndexOutOfRangeException>(() => h.Kernels.AdvanceState(h.Block, h.State));
        Assert.Equal("mechanism 'cgarray': index NaN of 'a' is outside 0 to 3", error.Message);
    }

    private static double Value(Harness h, string name, int i)
    {
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0) return h.Field(name)[i];
        var array = h.Block.Descriptor.Range.Single(r => r.Name == name[..bracket]);
        return h.Block.Fields[array.Field + int.Parse(name[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)][i];
    }

    private static Nrn.Abi.MechanismDescriptor Compile(BackendOptions options)
    {
        var bound = ModFrontEnd.LowerFile(ModFile);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return MechanismCompiler.CompileInMemory(bound.Mechanism!, options);
    }
}
