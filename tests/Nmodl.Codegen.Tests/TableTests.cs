using System.Collections.Immutable;
using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Emit;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using static Nmodl.Codegen.Tests.Support.MechanismBuilder;

namespace Nmodl.Codegen.Tests;

/// <summary>TABLE construction and interpolation against NEURON: Oracle/mod/cgtable.mod's tabulated
/// PROCEDURE and FUNCTION, called through NEURON's hoc interface (make_golden.py) and through ours.</summary>
public sealed class TableTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "golden.json"))).RootElement.GetProperty("table");

    [Fact]
    public void Tabulated_procedure_and_function_equal_NEURON_bit_for_bit()
    {
        var (kernels, h, minf, mtau) = Compile(useTable: 1);
        var vs = Golden.GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        h.State.Celsius = Golden.GetProperty("celsius").GetDouble();
        h.Kernels.Initialize(h.Block, h.State);
        for (var k = 0; k < vs.Length; k++)
        {
            kernels.Rates(h.Block, h.State, vs[k]);
            Assert.Equal(Golden.GetProperty("minf")[k].GetDouble(), h.Block.Globals[minf.Index]);
            Assert.Equal(Golden.GetProperty("mtau")[k].GetDouble(), h.Block.Globals[mtau.Index]);
            Assert.Equal(Golden.GetProperty("alpha")[k].GetDouble(), kernels.Alpha(h.Block, h.State, vs[k]));
        }
    }

    [Fact]
    public void Table_is_rebuilt_when_a_DEPEND_variable_changes_and_bypassed_without_usetable()
    {
        var (kernels, h, _, mtau) = Compile(useTable: 1);
        h.State.Celsius = 6.3;
        h.Kernels.Initialize(h.Block, h.State);
        kernels.Rates(h.Block, h.State, -33.3);
        var at63 = h.Block.Globals[mtau.Index];
        h.State.Celsius = 20;
        h.Kernels.Initialize(h.Block, h.State);
        kernels.Rates(h.Block, h.State, -33.3);
        var at20 = h.Block.Globals[mtau.Index];
        // Linear interpolation on a 1 mV grid is within f'' dx^2 / 8 of the function.
        Assert.Equal(1 + 20 * Math.Exp(-33.3 * 33.3 / 1000), at20, 5e-3);
        Assert.NotEqual(at63, at20);

        var (direct, hd, _, mtauDirect) = Compile(useTable: 0);
        hd.State.Celsius = 20;
        hd.Kernels.Initialize(hd.Block, hd.State);
        direct.Rates(hd.Block, hd.State, -33.3);
        Assert.Equal(1 + 20 * Math.Exp(-33.3 * 33.3 / 1000), hd.Block.Globals[mtauDirect.Index], 15);
    }

    private sealed class Calls(IMechanismKernels kernels)
    {
        private readonly System.Reflection.MethodInfo _rates = kernels.GetType().GetMethod("F_rates", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        private readonly System.Reflection.MethodInfo _alpha = kernels.GetType().GetMethod("F_alpha", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

        public void Rates(MechanismBlock block, CellGroupState state, double v) => _rates.Invoke(kernels, [block, state, 0, v, v]);

        public double Alpha(MechanismBlock block, CellGroupState state, double x) => (double)_alpha.Invoke(kernels, [block, state, 0, x, x])!;
    }

    private static (Calls, Harness, VarRef, VarRef) Compile(double useTable)
    {
        var m = new MechanismBuilder("cgtable");
        var minf = m.Global("minf", VariableKind.Assigned);
        var mtau = m.Global("mtau", VariableKind.Assigned);
        var usetable = m.Global("usetable", VariableKind.Parameter, useTable);
        var v = VarRef.Argument("v", 0);
        var x = VarRef.Argument("x", 0);
        var rates = new FunctionIr("rates", ["v"], Body(
            Set(minf, 1.0 / (1.0 + Call.Math("exp", -((Expr)v + 40.0) / 10.0))),
            Set(mtau, 1.0 + (Expr)VarRef.Celsius * Call.Math("exp", -(Expr)v * v / 1000.0))), IsFunction: false)
        {
            Table = new TableSpec([minf, mtau], [VarRef.Celsius], -100.0, 100.0, 200),
        };
        var alpha = new FunctionIr("alpha", ["x"], Body(
            Set(VarRef.Local("alpha"), 0.1 * ((Expr)x + 40.0) / (1.0 - Call.Math("exp", -((Expr)x + 40.0) / 10.0) + 1e-3))), IsFunction: true)
        {
            Table = new TableSpec([], [], -100.0, 100.0, 50),
        };
        var ir = new MechanismIr(m.Info()) { Functions = [rates, alpha], UseTable = usetable };
        var descriptor = MechanismCompiler.CompileInMemory(ir, BackendOptions.Scalar);
        var h = new Harness(descriptor, 1);
        return (new Calls(h.Kernels), h, minf, mtau);
    }
}
