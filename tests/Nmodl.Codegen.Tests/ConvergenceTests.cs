using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using Xunit.Abstractions;
using static Nmodl.Codegen.Tests.Support.MechanismBuilder;

namespace Nmodl.Codegen.Tests;

/// <summary>Each integration method against analytic solutions: the error at a fixed time must
/// shrink with dt at the method's order (ratio 2^order when dt halves), and cnexp is exact for
/// a linear ODE with constant coefficients.</summary>
public sealed class ConvergenceTests(ITestOutputHelper output)
{
    private const double EndTime = 2.0;

    [Fact]
    public void Cnexp_is_exact_for_linear_relaxation()
    {
        foreach (var dt in new[] { 0.1, 0.025 })
        {
            var error = RelaxationError(SolveMethod.Cnexp, dt);
            output.WriteLine($"cnexp dt={dt}: error {error:e3}");
            Assert.True(error < 1e-14, $"cnexp error {error} at dt={dt}");
        }
    }

    [Theory]
    [InlineData(SolveMethod.Euler, 1)]
    [InlineData(SolveMethod.DerivImplicit, 1)]
    [InlineData(SolveMethod.Runge, 4)]
    public void Relaxation_converges_at_the_methods_order(SolveMethod method, int order) =>
        AssertOrder(method.ToString(), order, dt => RelaxationError(method, dt));

    [Theory]
    [InlineData(SolveMethod.Euler, 1)]
    [InlineData(SolveMethod.DerivImplicit, 1)]
    [InlineData(SolveMethod.Runge, 4)]
    public void Quadratic_decay_converges_at_the_methods_order(SolveMethod method, int order) =>
        AssertOrder(method + " on x' = -k x^2", order, dt => QuadraticError(method, dt));

    [Fact]
    public void Kinetic_scheme_relaxes_like_the_analytic_two_state_solution_at_first_order() =>
        AssertOrder("sparse A<->B", 1, KineticError);

    private void AssertOrder(string name, int order, Func<double, double> error)
    {
        var coarse = error(0.05);
        var fine = error(0.025);
        var ratio = coarse / fine;
        output.WriteLine($"{name}: error {coarse:e3} at dt=0.05, {fine:e3} at dt=0.025, ratio {ratio:f3} (expected ~{1 << order})");
        Assert.InRange(ratio, (1 << order) * 0.85, (1 << order) * 1.15);
    }

    /// <summary>x' = (xinf - x)/tau, x(0) = 1: x(t) = xinf + (1 - xinf) e^{-t/tau}.</summary>
    private static double RelaxationError(SolveMethod method, double dt)
    {
        var m = new MechanismBuilder("relax");
        var x = m.Range("x", VariableKind.State);
        var ir = new MechanismIr(m.Info())
        {
            Initial = Body(Set(x, 1.0)),
            Breakpoint = [new Solve("s", method, false)],
            Solvables = [new SolvableBlock("s", SolvableKind.Derivative, [new Derivative(x, (0.3 - (Expr)x) / 2.0)])],
        };
        return Run(ir, dt, h => h.Field("x")[0], 0.3 + 0.7 * Math.Exp(-EndTime / 2.0));
    }

    /// <summary>x' = -k x^2, x(0) = 1: x(t) = 1/(1 + k t).</summary>
    private static double QuadraticError(SolveMethod method, double dt)
    {
        var m = new MechanismBuilder("quad");
        var x = m.Range("x", VariableKind.State);
        var ir = new MechanismIr(m.Info())
        {
            Initial = Body(Set(x, 1.0)),
            Breakpoint = [new Solve("s", method, false)],
            Solvables = [new SolvableBlock("s", SolvableKind.Derivative, [new Derivative(x, -0.7 * (Expr)x * x)])],
        };
        return Run(ir, dt, h => h.Field("x")[0], 1 / (1 + 0.7 * EndTime));
    }

    /// <summary>A &lt;-&gt; B with rates kf, kb and A + B = 1: A(t) = Ainf + (1 - Ainf) e^{-(kf+kb) t}.</summary>
    private static double KineticError(double dt)
    {
        var m = new MechanismBuilder("twostate");
        var a = m.Range("A", VariableKind.State);
        var b = m.Range("B", VariableKind.State);
        var ir = new MechanismIr(m.Info())
        {
            Initial = Body(Set(a, 1.0), Set(b, 0.0)),
            Breakpoint = [new Solve("ks", SolveMethod.Sparse, false)],
            Solvables = [new SolvableBlock("ks", SolvableKind.Kinetic,
                [new Reaction([new Reactant(a, 1)], [new Reactant(b, 1)], 0.3, 0.1), new Conserve([(a, 1.0), (b, 1.0)], 1.0)])],
        };
        const double ainf = 0.1 / 0.4;
        return Run(ir, dt, h => h.Field("A")[0], ainf + (1 - ainf) * Math.Exp(-0.4 * EndTime));
    }

    private static double Run(MechanismIr ir, double dt, Func<Harness, double> read, double exact)
    {
        var h = new Harness(MechanismCompiler.CompileInMemory(ir, BackendOptions.Scalar), 1, dt: dt);
        h.Kernels.Initialize(h.Block, h.State);
        var steps = (int)Math.Round(EndTime / dt);
        for (var s = 0; s < steps; s++) h.Kernels.AdvanceState(h.Block, h.State);
        return Math.Abs(read(h) - exact);
    }
}
