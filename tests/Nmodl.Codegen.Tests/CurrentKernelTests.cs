using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using static Nmodl.Codegen.Tests.Support.MechanismBuilder;

namespace Nmodl.Codegen.Tests;

/// <summary>ComputeCurrent writes NEURON's right-hand side and diagonal: rhs -= i(v), d += di/dv
/// (from i(v+0.001) - i(v)), ionic currents and their slopes into the ion, point processes scaled
/// from nA to mA/cm2 by 100/area, electrode currents with the opposite sign.</summary>
public sealed class CurrentKernelTests
{
    private const double G = 0.001;
    private const double E = -70;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Passive_leak_writes_minus_current_to_rhs_and_conductance_to_d(bool simd)
    {
        var h = Leak(MechanismKind.Density, electrode: false, simd, count: 11);
        for (var i = 0; i < 11; i++) h.State.V[i] = -90 + 5 * i;
        h.Kernels.ComputeCurrent(h.Block, h.State);
        for (var i = 0; i < 11; i++)
        {
            Assert.Equal(-(G * (h.State.V[i] - E)), h.State.Rhs[i]);
            Assert.Equal(G, h.State.D[i], 1e-12);
            Assert.Equal(G * (h.State.V[i] - E), h.Field("i")[i]);
        }
    }

    [Fact]
    public void Point_process_current_is_scaled_by_100_over_area()
    {
        var h = Leak(MechanismKind.PointProcess, electrode: false, simd: false, count: 3);
        h.State.Area[0] = 314.159;
        h.State.V[0] = -40;
        h.Kernels.ComputeCurrent(h.Block, h.State);
        Assert.Equal(-(G * (-40 - E) * (1e2 / 314.159)), h.State.Rhs[0], 1e-15);
        Assert.Equal(G * 1e2 / 314.159, h.State.D[0], 1e-12);
    }

    [Fact]
    public void Electrode_current_enters_the_node_with_opposite_sign()
    {
        var h = Leak(MechanismKind.PointProcess, electrode: true, simd: false, count: 1);
        h.State.V[0] = -40;
        h.Kernels.ComputeCurrent(h.Block, h.State);
        Assert.Equal(G * (-40 - E), h.State.Rhs[0], 1e-15);
        Assert.Equal(-G, h.State.D[0], 1e-12);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ionic_current_and_its_slope_accumulate_into_the_ion(bool simd)
    {
        var m = new MechanismBuilder("naleak");
        var ina = m.Range("ina", VariableKind.Assigned);
        m.Ions.Add(new IonUse("na", [IonField.Erev], [IonField.Current], null));
        m.Currents.Add(new CurrentInfo(ina, 0));
        var ir = new MechanismIr(m.Info())
        {
            Breakpoint = Body(Set(ina, G * ((Expr)VarRef.V - VarRef.Ion("ena", 0, IonField.Erev)))),
        };
        var ions = HhLike.Ions(9, 16)[..1];
        var h = new Harness(MechanismCompiler.CompileInMemory(ir, new BackendOptions(Simd: simd)), 9, ions);
        for (var i = 0; i < 9; i++) h.State.V[i] = -80 + 10 * i;
        ions[0].Fields[(int)IonField.Current][2] = 5;
        h.Kernels.ComputeCurrent(h.Block, h.State);
        for (var i = 0; i < 9; i++)
        {
            var current = G * (h.State.V[i] - 50);
            Assert.Equal((i == 2 ? 5 : 0) + current, ions[0].Fields[(int)IonField.Current][i], 1e-15);
            Assert.Equal(G, ions[0].Fields[(int)IonField.DCurrentDv][i], 1e-12);
            Assert.Equal(-current, h.State.Rhs[i]);
        }
    }

    private static Harness Leak(MechanismKind kind, bool electrode, bool simd, int count)
    {
        var m = new MechanismBuilder("leak", kind);
        var g = m.Range("g", VariableKind.Parameter, G);
        var e = m.Range("e", VariableKind.Parameter, E);
        var i = m.Range("i", VariableKind.Assigned);
        m.Currents.Add(new CurrentInfo(i, null));
        var ir = new MechanismIr(m.Info(electrode)) { Breakpoint = Body(Set(i, (Expr)g * ((Expr)VarRef.V - e))) };
        return new Harness(MechanismCompiler.CompileInMemory(ir, new BackendOptions(Simd: simd)), count);
    }
}
