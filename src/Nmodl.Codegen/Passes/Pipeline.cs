using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>The passes in order: SOLVE statements to integration code (cnexp, derivimplicit,
/// euler, runge, sparse), BREAKPOINT to the current kernel, inlining, constant folding.</summary>
public static class Pipeline
{
    public static LoweredMechanism Lower(MechanismIr mechanism)
    {
        var solvables = mechanism.Solvables.ToDictionary(b => b.Name);
        var inliner = new Inliner(mechanism.Functions);
        var advance = mechanism.Breakpoint.OfType<Solve>().SelectMany(s => LowerSolve(s, solvables)).ToImmutableArray();
        var initial = mechanism.Initial.SelectMany(s => s is Solve solve ? LowerSolve(solve, solvables) : [s]).ToImmutableArray();
        var current = CurrentKernel.Build(mechanism.Info, mechanism.Breakpoint);
        return new LoweredMechanism(mechanism.Info)
        {
            Initialize = Finish(initial),
            ComputeCurrent = Finish(current),
            AdvanceState = Finish(advance),
            NetReceive = mechanism.NetReceive is { } nr ? Finish(nr) : null,
            NetReceiveInitial = Finish(mechanism.NetReceiveInitial),
            Functions = [.. mechanism.Functions.Select(f => f with { Body = Fold(f.Body) })],
            UseTable = mechanism.UseTable,
        };

        ImmutableArray<Stmt> Finish(ImmutableArray<Stmt> body) => Fold(inliner.Inline(body));
    }

    private static ImmutableArray<Stmt> Fold(ImmutableArray<Stmt> body) => ExprRewriter.RewriteStatements(body, Simplifier.Simplify);

    private static ImmutableArray<Stmt> LowerSolve(Solve solve, Dictionary<string, SolvableBlock> solvables)
    {
        if (!solvables.TryGetValue(solve.BlockName, out var block))
            throw new CodegenException(solve.Location, $"SOLVE names '{solve.BlockName}', which is not a DERIVATIVE, KINETIC, LINEAR or NONLINEAR block");
        if (block.Kind is SolvableKind.Linear or SolvableKind.Nonlinear) return AlgebraicMethod.Lower(block);
        if (block.Kind == SolvableKind.Kinetic)
        {
            if (solve.Method != SolveMethod.Sparse)
                throw new CodegenException(solve.Location, $"KINETIC block '{block.Name}' can only be solved with METHOD sparse here, not {solve.Method}");
            return KineticMethod.Lower(block, solve.SteadyState);
        }
        if (solve.SteadyState) return DerivImplicitMethod.Lower(block, steadyState: true);
        return solve.Method switch
        {
            SolveMethod.Cnexp => CnexpMethod.TryLower(block) ?? DerivImplicitMethod.Lower(block, steadyState: false),
            SolveMethod.DerivImplicit => DerivImplicitMethod.Lower(block, steadyState: false),
            SolveMethod.Euler => EulerMethod.Lower(block),
            SolveMethod.Runge => RungeMethod.Lower(block),
            _ => throw new CodegenException(solve.Location, $"DERIVATIVE block '{block.Name}' cannot be solved with METHOD {solve.Method}"),
        };
    }
}
