using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Hoists computations that are the same for every instance of a kernel (hh's
/// <c>q10 = 3^((celsius - 6.3)/10)</c>) out of the instance loop. An expression is invariant when it
/// reads only numbers, t, dt, celsius and GLOBALs the kernel never writes; the hoisted code performs
/// the same operations, so results do not change. When the kernel calls a function that was not
/// inlined (which might write a GLOBAL), GLOBALs are not considered invariant.</summary>
public static class LoopInvariants
{
    public static (ImmutableArray<Stmt> Body, ImmutableArray<(string Local, Expr Value)> Hoisted) Hoist(ImmutableArray<Stmt> body)
    {
        var statements = ExprRewriter.Walk(body).ToList();
        var opaqueCalls = statements.Any(s => ExprRewriter.ExpressionsOf(s).Any(ExprRewriter.HasOpaqueCall)
            || s is NewtonStep or SparseStep or CallStmt { Call.IsUser: true } or TableLookup);
        var written = statements.SelectMany(ExprRewriter.TargetsOf).Where(r => r.Storage == Storage.Global).Select(r => r.Index).ToHashSet();
        var hoisted = ImmutableArray.CreateBuilder<(string, Expr)>();
        var names = new Dictionary<Expr, string>();

        var rewritten = Rewrite(body);
        return (rewritten, hoisted.ToImmutable());

        // Implicit steps become methods of their own, so nothing is hoisted out of them.
        ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> statements) => [.. statements.Select(s => s switch
        {
            NewtonStep or SparseStep => s,
            If i => i with { Condition = Replace(i.Condition), Then = Rewrite(i.Then), Else = Rewrite(i.Else) },
            While w => w with { Condition = Replace(w.Condition), Body = Rewrite(w.Body) },
            For f => f with { From = Replace(f.From), To = Replace(f.To), Step = Replace(f.Step), Body = Rewrite(f.Body) },
            Block b => b with { Body = Rewrite(b.Body) },
            _ => ExprRewriter.RewriteStatements([s], Replace)[0],
        })];

        Expr Replace(Expr e)
        {
            if (e is Number or Variable) return e;
            if (Invariant(e))
            {
                if (!names.TryGetValue(e, out var name))
                {
                    name = $"_invariant{names.Count}";
                    names[e] = name;
                    hoisted.Add((name, e));
                }
                return VarRef.Local(name);
            }
            return e switch
            {
                Unary u => u with { Operand = Replace(u.Operand) },
                Binary b => b with { Left = Replace(b.Left), Right = Replace(b.Right) },
                Call c => c with { Arguments = [.. c.Arguments.Select(Replace)] },
                _ => e,
            };
        }

        bool Invariant(Expr e) => e switch
        {
            Number => true,
            Variable { Ref: var r } => r.Storage is Storage.Time or Storage.Dt or Storage.Celsius
                || (r.Storage == Storage.Global && !opaqueCalls && !written.Contains(r.Index)),
            Unary u => Invariant(u.Operand),
            Binary b => Invariant(b.Left) && Invariant(b.Right),
            Call { IsUser: false } c => !MathFunctions.IsImpure(c.Function) && c.Arguments.All(Invariant),
            _ => false,
        };
    }
}
