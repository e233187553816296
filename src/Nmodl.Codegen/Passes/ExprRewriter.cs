using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Bottom-up rewriting of expressions and of the expressions inside statements.</summary>
public static class ExprRewriter
{
    /// <summary>Rebuilds <paramref name="e"/> with <paramref name="f"/> applied to every node after its children.</summary>
    public static Expr Rewrite(Expr e, Func<Expr, Expr> f) => f(e switch
    {
        Unary u => u with { Operand = Rewrite(u.Operand, f) },
        Binary b => b with { Left = Rewrite(b.Left, f), Right = Rewrite(b.Right, f) },
        Call c => c with { Arguments = [.. c.Arguments.Select(a => Rewrite(a, f))] },
        ElementAt x => x with { Index = Rewrite(x.Index, f), Elements = [.. x.Elements.Select(a => Rewrite(a, f))] },
        _ => e,
    });

    public static Expr Substitute(Expr e, Func<VarRef, Expr?> replacement) =>
        Rewrite(e, x => x is Variable v && replacement(v.Ref) is { } r ? r : x);

    public static bool Mentions(Expr e, Func<VarRef, bool> predicate) => e switch
    {
        Variable v => predicate(v.Ref),
        Unary u => Mentions(u.Operand, predicate),
        Binary b => Mentions(b.Left, predicate) || Mentions(b.Right, predicate),
        Call c => c.Arguments.Any(a => Mentions(a, predicate)),
        ElementAt x => Mentions(x.Index, predicate) || x.Elements.Any(a => Mentions(a, predicate)),
        _ => false,
    };

    public static bool Mentions(Expr e, VarRef variable) => Mentions(e, r => r == variable);

    /// <summary>Whether <paramref name="e"/> indexes an array at run time.</summary>
    public static bool IndexesAtRunTime(Expr e) => e switch
    {
        ElementAt => true,
        Unary u => IndexesAtRunTime(u.Operand),
        Binary b => IndexesAtRunTime(b.Left) || IndexesAtRunTime(b.Right),
        Call c => c.Arguments.Any(IndexesAtRunTime),
        _ => false,
    };

    /// <summary>The variables a statement assigns (not those of its nested statements).</summary>
    public static IEnumerable<VarRef> TargetsOf(Stmt s) => s switch
    {
        Assign a => [a.Target],
        AssignElement a => a.Elements,
        TableLookup l => l.Columns.Select(c => c.Target),
        Accumulate a => [a.Target],
        For f => [f.Counter],
        _ => [],
    };

    public static bool HasOpaqueCall(Expr e) => e switch
    {
        Call c => c.IsUser || MathFunctions.IsImpure(c.Function) || c.Arguments.Any(HasOpaqueCall),
        Unary u => HasOpaqueCall(u.Operand),
        Binary b => HasOpaqueCall(b.Left) || HasOpaqueCall(b.Right),
        ElementAt x => HasOpaqueCall(x.Index) || x.Elements.Any(HasOpaqueCall),
        _ => false,
    };

    /// <summary>Applies <paramref name="f"/> to every expression in the statements (recursively),
    /// and <paramref name="target"/> to every assigned variable.</summary>
    public static ImmutableArray<Stmt> RewriteStatements(IEnumerable<Stmt> body, Func<Expr, Expr> f, Func<VarRef, VarRef>? target = null)
    {
        target ??= t => t;
        return [.. body.Select(Stmt)];

        Stmt Stmt(Stmt s) => s switch
        {
            Assign a => a with { Target = target(a.Target), Value = f(a.Value) },
            AssignElement a => a with { Elements = [.. a.Elements.Select(target)], Index = f(a.Index), Value = f(a.Value) },
            TableLookup l => l with { Argument = f(l.Argument), Columns = [.. l.Columns.Select(c => (c.Column, target(c.Target)))] },
            Accumulate a => a with { Target = target(a.Target), Value = f(a.Value) },
            If i => i with { Condition = f(i.Condition), Then = Many(i.Then), Else = Many(i.Else) },
            While w => w with { Condition = f(w.Condition), Body = Many(w.Body) },
            For l => l with { Counter = target(l.Counter), From = f(l.From), To = f(l.To), Step = f(l.Step), Body = Many(l.Body) },
            Block b => b with { Body = Many(b.Body) },
            ForNetCons l => l with { Body = Many(l.Body) },
            CallStmt c => c with { Call = (Call)f(c.Call) },
            Printf p => p with { Arguments = [.. p.Arguments.Select(f)] },
            NetSend n => n with { Delay = f(n.Delay), Flag = f(n.Flag) },
            NetEvent n => n with { Time = f(n.Time) },
            NetMove n => n with { Time = f(n.Time) },
            Derivative d => d with { State = target(d.State), Value = f(d.Value) },
            Reaction r => r with { Forward = f(r.Forward), Backward = r.Backward is null ? null : f(r.Backward) },
            FluxIn x => x with { Flux = f(x.Flux) },
            Equation q => q with { Left = f(q.Left), Right = f(q.Right) },
            Conserve c => c with { Terms = [.. c.Terms.Select(t => (t.State, f(t.Weight)))], Total = f(c.Total) },
            Compartment c => c with { Volume = f(c.Volume) },
            NewtonStep n => n with { Body = Many(n.Body) },
            SparseStep n => n with { Body = Many(n.Body) },
            MatrixAdd m => m with { Value = f(m.Value) },
            RhsAdd r => r with { Value = f(r.Value) },
            _ => s,
        };

        ImmutableArray<Stmt> Many(ImmutableArray<Stmt> xs) => [.. xs.Select(Stmt)];
    }

    /// <summary>Every statement, depth first.</summary>
    public static IEnumerable<Stmt> Walk(IEnumerable<Stmt> body)
    {
        foreach (var s in body)
        {
            yield return s;
            var children = s switch
            {
                If i => i.Then.Concat(i.Else),
                While w => w.Body,
                For l => l.Body,
                Block b => b.Body,
                ForNetCons l => l.Body,
                NewtonStep n => n.Body,
                SparseStep n => n.Body,
                _ => [],
            };
            foreach (var c in Walk(children)) yield return c;
        }
    }

    /// <summary>Every expression directly held by a statement (not recursing into statements).</summary>
    public static IEnumerable<Expr> ExpressionsOf(Stmt s) => s switch
    {
        Assign a => [a.Value],
        AssignElement a => [a.Index, a.Value],
        TableLookup l => [l.Argument],
        Accumulate a => [a.Value],
        If i => [i.Condition],
        While w => [w.Condition],
        For l => [l.From, l.To, l.Step],
        CallStmt c => [c.Call],
        Printf p => p.Arguments,
        NetSend n => [n.Delay, n.Flag],
        NetEvent n => [n.Time],
        NetMove n => [n.Time],
        Derivative d => [d.Value],
        Reaction r => r.Backward is null ? [r.Forward] : [r.Forward, r.Backward],
        FluxIn x => [x.Flux],
        Equation q => [q.Left, q.Right],
        Conserve c => [.. c.Terms.Select(t => t.Weight), c.Total],
        Compartment c => [c.Volume],
        MatrixAdd m => [m.Value],
        RhsAdd r => [r.Value],
        _ => [],
    };
}
