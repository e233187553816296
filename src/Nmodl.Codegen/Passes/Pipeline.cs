using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nrn.Abi;

namespace Nmodl.Codegen.Passes;

/// <summary>The passes in order: SOLVE statements to integration code (cnexp, derivimplicit,
/// euler, runge, sparse; after_cvode calls its PROCEDURE), BREAKPOINT to the current kernel, inlining, constant folding.</summary>
public static class Pipeline
{
    public static LoweredMechanism Lower(MechanismIr mechanism)
    {
        var solvables = new SolveTargets(mechanism.Solvables.ToDictionary(b => b.Name),
            [.. mechanism.Functions.Where(SolvedProcedure.MayFail).Select(f => f.Name)], mechanism.Info.Name);
        // A FUNCTION may SOLVE too (cabpump's ss() reaches a steady state): lowered before inlining.
        var functions = mechanism.Functions.Select(f => f with { Body = LowerSolves(f.Body, solvables) }).ToImmutableArray();
        var inliner = new Inliner(functions);
        var load = LoadReadCurrents(mechanism.Info);
        var advance = load.AddRange(mechanism.Breakpoint.OfType<Solve>().SelectMany(s => LowerSolve(s, solvables)));
        // Without currents nocmodl has no nrn_cur body: the rest of BREAKPOINT runs in nrn_state after the SOLVEs.
        if (mechanism.Info.Currents.Count == 0) advance = advance.AddRange(LowerSolves([.. mechanism.Breakpoint.Where(s => s is not Solve)], solvables));
        var initial = load.AddRange(LowerSolves(mechanism.Initial, solvables));
        var current = load.AddRange(CurrentKernel.Build(mechanism.Info, mechanism.Breakpoint, mechanism.ConductanceHints));
        return new LoweredMechanism(mechanism.Info)
        {
            Initialize = Finish(initial),
            ComputeCurrent = Finish(current),
            AdvanceState = Finish(advance),
            NetReceive = mechanism.NetReceive is { } nr ? Finish(nr) : null,
            NetReceiveInitial = mechanism.NetReceiveInitial is { } nri ? Finish(nri) : null,
            Watches = [.. mechanism.Watches.Select(Simplifier.Simplify)],
            BeforeAfter = [.. mechanism.BeforeAfter.Select(b => (b.Timing, Finish(b.Body)))],
            Constructor = mechanism.Constructor is { } c ? Finish(LowerSolves(c, solvables)) : null,
            Destructor = mechanism.Destructor is { } d ? Finish(LowerSolves(d, solvables)) : null,
            Functions = [.. functions.Select(f => f with { Body = Fold(f.Body) })],
            UseTable = mechanism.UseTable,
            VerbatimMembers = mechanism.VerbatimMembers,
        };

        ImmutableArray<Stmt> Finish(ImmutableArray<Stmt> body) => Fold(TableLookups.Apply(inliner.Inline(body), functions));
    }

    private static ImmutableArray<Stmt> Fold(ImmutableArray<Stmt> body) => ExprRewriter.RewriteStatements(body, Simplifier.Simplify);

    /// <summary>A current the mechanism both reads and writes (<c>USEION ca READ ica WRITE ica</c>)
    /// starts each kernel as the ion's total, as nocmodl's <c>ica = _ion_ica</c>; the mechanism's
    /// own contribution is what BREAKPOINT assigns afterwards.</summary>
    private static ImmutableArray<Stmt> LoadReadCurrents(MechanismInfo info) =>
        [.. info.Currents
            .Where(c => c.IonBinding is { } b && info.Ions[b].Reads.Contains(IonField.Current))
            .Select(c => (Stmt)new Assign(c.Variable, VarRef.Ion(c.Variable.Name, c.IonBinding!.Value, IonField.Current)))];

    /// <summary>Lowers every SOLVE of the body, also those nested in if/while/FROM (VClamp's icur()
    /// solves its LINEAR block only while the clamp is on).</summary>
    private static ImmutableArray<Stmt> LowerSolves(ImmutableArray<Stmt> body, SolveTargets solvables) =>
        [.. body.SelectMany(s => s switch
        {
            Solve solve => LowerSolve(solve, solvables),
            If i => [i with { Then = LowerSolves(i.Then, solvables), Else = LowerSolves(i.Else, solvables) }],
            While w => [w with { Body = LowerSolves(w.Body, solvables) }],
            For l => [l with { Body = LowerSolves(l.Body, solvables) }],
            Block b => [b with { Body = LowerSolves(b.Body, solvables) }],
            _ => ImmutableArray.Create(s),
        })];

    /// <summary>The blocks SOLVE may name, and the PROCEDUREs whose result is an error code to check.</summary>
    private sealed record SolveTargets(Dictionary<string, SolvableBlock> Blocks, HashSet<string> Fallible, string Mechanism);

    private static ImmutableArray<Stmt> LowerSolve(Solve solve, SolveTargets solvables)
    {
        if (solve.Method == SolveMethod.AfterCvode) return SolvedProcedure.Lower(solve, solvables.Fallible.Contains(solve.BlockName), solvables.Mechanism);
        if (!solvables.Blocks.TryGetValue(solve.BlockName, out var block))
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
