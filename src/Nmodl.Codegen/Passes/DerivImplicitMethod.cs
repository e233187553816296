using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>derivimplicit: one implicit Euler step solved by Newton's method, as a
/// <see cref="NewtonStep"/> the backend expands (the Jacobian is NEURON's finite-difference one,
/// so results agree with NEURON's to round-off).</summary>
public static class DerivImplicitMethod
{
    public static ImmutableArray<Stmt> Lower(SolvableBlock block, bool steadyState)
    {
        var states = DerivativeBodies.States(block);
        return
        [
            new NewtonStep(block.Name, states, DerivativeBodies.WithDerivativeLocals(block),
                [.. states.Select(DerivativeBodies.DerivativeLocal)], steadyState) { Location = block.Location },
        ];
    }
}
