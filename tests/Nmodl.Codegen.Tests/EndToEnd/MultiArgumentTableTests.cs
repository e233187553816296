using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>FUNCTION_TABLEs of two and three arguments (Oracle/constructs/cgft2.mod) filled over
/// grids, against the lookups NEURON 8.2.2 makes (Oracle/constructs_golden.json): bilinear
/// interpolation in two arguments, the grid value below the arguments in three, clamped ends.</summary>
public sealed class MultiArgumentTableTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "constructs_golden.json"))).RootElement.GetProperty("cgft2");

    [Fact]
    public void Two_and_three_argument_lookups_equal_NEURON_bit_for_bit()
    {
        var d = Compile();
        Assert.Equal([("grid2", 2), ("points2", 2), ("grid3", 3)], d.FunctionTables.Select(t => (t.Name, t.Arity)));
        foreach (var table in d.FunctionTables) Fill(table, Golden.GetProperty(table.Name));
        var h = new Harness(d, 1);
        var probe2 = Function(h, "F_probe2");
        var probe3 = Function(h, "F_probe3");
        var x = Numbers(Golden.GetProperty("x"));
        var y = Numbers(Golden.GetProperty("y"));
        var checkedValues = 0;
        foreach (var (which, name) in new[] { (0.0, "grid2_values"), (1.0, "points2_values") })
            for (var i = 0; i < x.Length; i++)
                for (var j = 0; j < y.Length; j++)
                {
                    var want = Golden.GetProperty(name)[i][j].GetDouble();
                    var actual = (double)probe2.Invoke(h.Kernels, [h.Block, h.State, 0, -65.0, x[i], y[j], which])!;
                    Assert.True(want == actual, $"{name}({x[i]}, {y[j]}) = {actual:R}, NEURON {want:R}");
                    checkedValues++;
                }
        var points = Golden.GetProperty("xyz").EnumerateArray().Select(Numbers).ToList();
        for (var k = 0; k < points.Count; k++)
        {
            var want = Golden.GetProperty("grid3_values")[k].GetDouble();
            var actual = (double)probe3.Invoke(h.Kernels, [h.Block, h.State, 0, -65.0, points[k][0], points[k][1], points[k][2]])!;
            Assert.True(want == actual, $"grid3({string.Join(", ", points[k])}) = {actual:R}, NEURON {want:R}");
            checkedValues++;
        }
        Assert.Equal(2 * 10 * 11 + 90, checkedValues);
    }

    [Fact]
    public void A_constant_table_of_two_arguments_is_that_constant_and_bad_grids_are_refused()
    {
        var d = Compile();
        var grid2 = d.FunctionTables[0];
        grid2.SetConstant(-3.5);
        Assert.Equal(-3.5, grid2.Lookup([1e6, -7.0]));
        Assert.Contains("has 2 argument(s), so it needs 2 axes, not 1", Assert.Throws<ArgumentException>(() => grid2.Set([1.0, 2.0], TableAxis.Evenly(2, 0, 1))).Message);
        Assert.Contains("a grid of 2 x 3 needs 6 values, not 5", Assert.Throws<ArgumentException>(() => grid2.Set([1.0, 2.0, 3.0, 4.0, 5.0], TableAxis.Evenly(2, 0, 1), TableAxis.AtPoints([1.0, 2.0, 3.0]))).Message);
        Assert.Contains("must not decrease", Assert.Throws<ArgumentException>(() => TableAxis.AtPoints([1.0, 0.0])).Message);
        Assert.Contains("takes 2 argument(s), not 1", Assert.Throws<ArgumentException>(() => grid2.Lookup(1.0)).Message);
    }

    private static void Fill(FunctionTable table, JsonElement spec)
    {
        var axes = spec.GetProperty("axes").EnumerateArray().Select(a => a.TryGetProperty("points", out var p)
            ? TableAxis.AtPoints(Numbers(p))
            : TableAxis.Evenly(a.GetProperty("size").GetInt32(), a.GetProperty("min").GetDouble(), a.GetProperty("max").GetDouble())).ToArray();
        table.Set(Numbers(spec.GetProperty("y")), axes);
    }

    private static double[] Numbers(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];

    private static System.Reflection.MethodInfo Function(Harness h, string name) =>
        h.Kernels.GetType().GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private static MechanismDescriptor Compile()
    {
        var bound = ModFrontEnd.LowerFile(Path.Combine(Paths.Oracle, "constructs", "cgft2.mod"));
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return MechanismCompiler.CompileInMemory(bound.Mechanism!, BackendOptions.Scalar);
    }
}
