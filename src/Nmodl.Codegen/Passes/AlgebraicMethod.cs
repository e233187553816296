using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>LINEAR and NONLINEAR blocks. NONLINEAR: each <c>~ left = right</c> becomes a residual
/// <c>left - right</c> and the unknowns are found by the Newton iteration of derivimplicit
/// (NEURON uses scopmath's newton for it). LINEAR: the equations are one direct linear solve.</summary>
public static class AlgebraicMethod
{
    public static ImmutableArray<Stmt> Lower(SolvableBlock block)
    {
        var equations = ExprRewriter.Walk(block.Body).OfType<Equation>().ToList();
        if (equations.Count != block.Unknowns.Length)
            throw new CodegenException(block.Location,
                $"block '{block.Name}' has {equations.Count} equation(s) for {block.Unknowns.Length} unknown(s) ({string.Join(", ", block.Unknowns.Select(u => u.Name))})");
        return block.Kind == SolvableKind.Linear ? LowerLinear(block) : LowerNonlinear(block, equations);
    }

    /// <summary>LINEAR: row k of A x = b holds d(left - right)/dx_j and -(left - right) at x = 0,
    /// solved directly as NEURON does (no Newton iteration).</summary>
    private static ImmutableArray<Stmt> LowerLinear(SolvableBlock block)
    {
        var unknowns = block.Unknowns;
        var row = 0;
        var body = Replace(block.Body);
        return [new SparseStep(block.Name, unknowns, body, Linear: true, SteadyState: false) { Location = block.Location, Direct = true }];

        ImmutableArray<Stmt> Replace(ImmutableArray<Stmt> statements) => [.. statements.SelectMany(s => s switch
        {
            Equation q => Row(q, row++),
            If i => [i with { Then = Replace(i.Then), Else = Replace(i.Else) }],
            Block b => [b with { Body = Replace(b.Body) }],
            _ => [s],
        })];

        IEnumerable<Stmt> Row(Equation q, int k)
        {
            var residual = q.Left - q.Right;
            if (ExprRewriter.Mentions(residual, r => unknowns.Contains(r))
                && unknowns.Any(u => ExprRewriter.Mentions(SymDiff.Differentiate(residual, u), r => unknowns.Contains(r))))
                throw new CodegenException(q.Location, $"equation {k + 1} of LINEAR block '{block.Name}' is not linear in {string.Join(", ", unknowns.Select(u => u.Name))}");
            for (var j = 0; j < unknowns.Length; j++)
            {
                var coefficient = SymDiff.Differentiate(residual, unknowns[j]);
                if (!Simplifier.IsZero(coefficient)) yield return new MatrixAdd(k, j, coefficient) { Location = q.Location };
            }
            var constant = Simplifier.Simplify(ExprRewriter.Substitute(residual, r => unknowns.Contains(r) ? 0.0 : null));
            yield return new RhsAdd(k, Simplifier.Simplify(-constant)) { Location = q.Location };
        }
    }

    private static ImmutableArray<Stmt> LowerNonlinear(SolvableBlock block, List<Equation> equations)
    {
        var residuals = equations.Select((_, k) => $"_residual{k}").ToImmutableArray();
        var index = 0;
        var body = Replace(block.Body);
        return [new NewtonStep(block.Name, block.Unknowns, [new LocalDecl(residuals), .. body], residuals, SteadyState: false, Algebraic: true) { Location = block.Location }];

        ImmutableArray<Stmt> Replace(ImmutableArray<Stmt> statements) => [.. statements.Select(s => s switch
        {
            Equation q => new Assign(VarRef.Local(residuals[index++]), q.Left - q.Right) { Location = q.Location },
            If i => i with { Then = Replace(i.Then), Else = Replace(i.Else) },
            Block b => b with { Body = Replace(b.Body) },
            _ => s,
        })];
    }
}
