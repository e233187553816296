using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using static Nmodl.Codegen.Tests.Support.MechanismBuilder;

namespace Nmodl.Codegen.Tests;

/// <summary>Constructs the back end cannot translate are reported at their .mod location, by name.</summary>
public sealed class ErrorTests
{
    private static readonly SourceLocation At = new("cell.mod", 12, 5);

    [Fact]
    public void SOLVE_of_an_unknown_block_names_the_block_and_the_line()
    {
        var m = new MechanismBuilder("bad");
        var ir = new MechanismIr(m.Info()) { Breakpoint = [new Solve("nosuch", SolveMethod.Cnexp, false) { Location = At }] };
        var error = Assert.Throws<CodegenException>(() => MechanismCompiler.Generate(ir, BackendOptions.Scalar));
        Assert.Equal("cell.mod:12:5: error: SOLVE names 'nosuch', which is not a DERIVATIVE, KINETIC, LINEAR or NONLINEAR block", error.Message);
    }

    [Fact]
    public void KINETIC_block_with_a_DERIVATIVE_method_is_rejected()
    {
        var m = new MechanismBuilder("bad");
        var a = m.Range("A", VariableKind.State);
        var ir = new MechanismIr(m.Info())
        {
            Breakpoint = [new Solve("ks", SolveMethod.Cnexp, false) { Location = At }],
            Solvables = [new SolvableBlock("ks", SolvableKind.Kinetic, [new FluxIn(a, 1.0)])],
        };
        var error = Assert.Throws<CodegenException>(() => MechanismCompiler.Generate(ir, BackendOptions.Scalar));
        Assert.Contains("cell.mod:12:5", error.Message);
        Assert.Contains("KINETIC block 'ks'", error.Message);
    }

    [Fact]
    public void TABLE_with_two_arguments_is_rejected_with_the_function_name()
    {
        var m = new MechanismBuilder("bad");
        var usetable = m.Global("usetable", VariableKind.Parameter, 1);
        var f = new FunctionIr("f2", ["a", "b"], Body(Set(VarRef.Local("f2"), (Expr)VarRef.Argument("a", 0) + VarRef.Argument("b", 1))), IsFunction: true)
        {
            Location = At,
            Table = new TableSpec([], [], 0.0, 1.0, 10),
        };
        var ir = new MechanismIr(m.Info()) { Functions = [f], UseTable = usetable };
        var error = Assert.Throws<CodegenException>(() => MechanismCompiler.Generate(ir, BackendOptions.Scalar));
        Assert.Equal("cell.mod:12:5: error: TABLE in 'f2' of mechanism 'bad' needs exactly one argument, it has 2", error.Message);
    }
}
