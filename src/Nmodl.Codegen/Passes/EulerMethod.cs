using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Forward Euler as scopmath's euler: evaluate every derivative, then <c>x += dt*x'</c>.</summary>
public static class EulerMethod
{
    public static ImmutableArray<Stmt> Lower(SolvableBlock block)
    {
        var states = DerivativeBodies.States(block);
        return
        [
            new Block([
                .. DerivativeBodies.WithDerivativeLocals(block),
                .. states.Select(x => (Stmt)new Assign(x, (Expr)x + (Expr)VarRef.Dt * DerivativeBodies.Derivative(x)) { Location = block.Location }),
            ]),
        ];
    }
}
