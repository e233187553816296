using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>NEURON's cnexp: each <c>x' = f</c> with f = A*x + B (A, B free of x) becomes the exact
/// update <c>x = x + (1 - exp(dt*A))*(-B/A - x)</c>, or <c>x = x + dt*B</c> when f does not
/// involve x, in statement order. Nonlinear f and the fallback to derivimplicit follow nocmodl
/// exactly (see <see cref="LinearForm"/>); <see cref="TryLower"/> returns null for the fallback.</summary>
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

    /// <summary>The cnexp update of one equation, or null when nocmodl could not differentiate it.</summary>
    public static Expr? Update(Derivative d)
    {
        var x = d.State;
        var form = LinearForm.Of(d.Value, x);
        if (!form.DerivativeValid) return null;
        Expr state = x;
        if (form.Derivative is null) return state + (Expr)VarRef.Dt * (form.B ?? 0.0);
        var decay = 1.0 - Call.Math("exp", (Expr)VarRef.Dt * form.Derivative);
        if (!form.Linear || form.A is null) return state + decay * -state;
        var steady = new Binary(BinaryOp.Divide, -(form.B ?? 0.0), form.A);
        return state + decay * (steady - state);
    }
}
