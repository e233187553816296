using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>NEURON's cnexp: each <c>x' = f</c> with f = a + b*x (a, b free of x) becomes the exact
/// update <c>x = x + (1 - exp(dt*b))*(-a/b - x)</c>, or <c>x = x + dt*a</c> when b is 0, in
/// statement order. As nocmodl does, a block with any equation not linear in its own state is
/// integrated with derivimplicit instead (<see cref="TryLower"/> returns null).</summary>
public static class CnexpMethod
{
    public static ImmutableArray<Stmt>? TryLower(SolvableBlock block) => Lower(block.Body);

    private static ImmutableArray<Stmt>? Lower(ImmutableArray<Stmt> body)
    {
        var output = ImmutableArray.CreateBuilder<Stmt>();
        foreach (var s in body)
        {
            switch (s)
            {
                case Derivative d:
                    if (Update(d) is not { } update) return null;
                    output.Add(new Assign(d.State, update) { Location = d.Location });
                    break;
                case If i:
                    if (Lower(i.Then) is not { } then || Lower(i.Else) is not { } otherwise) return null;
                    output.Add(i with { Then = then, Else = otherwise });
                    break;
                case Block b:
                    if (Lower(b.Body) is not { } inner) return null;
                    output.Add(b with { Body = inner });
                    break;
                default:
                    output.Add(s);
                    break;
            }
        }
        return output.ToImmutable();
    }

    /// <summary>The cnexp update of one equation, or null when it is not linear in its state.</summary>
    public static Expr? Update(Derivative d)
    {
        var x = d.State;
        var b = SymDiff.Differentiate(d.Value, x);
        if (ExprRewriter.Mentions(b, x)) return null;
        var a = Simplifier.Simplify(ExprRewriter.Substitute(d.Value, x, 0.0));
        Expr state = x;
        if (Simplifier.IsZero(b)) return state + (Expr)VarRef.Dt * a;
        var decay = 1.0 - Call.Math("exp", (Expr)VarRef.Dt * b);
        return state + decay * (new Binary(BinaryOp.Divide, -a, b) - state);
    }
}
