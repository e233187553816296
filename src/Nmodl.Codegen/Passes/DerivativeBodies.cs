using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Helpers shared by the DERIVATIVE integration methods: the states of a block, and its
/// body with each <c>x' = f</c> turned into an assignment of a derivative local.</summary>
public static class DerivativeBodies
{
    public static ImmutableArray<VarRef> States(SolvableBlock block) =>
        [.. ExprRewriter.Walk(block.Body).OfType<Derivative>().Select(d => d.State).Distinct()];

    public static string DerivativeLocal(VarRef state) => "_d_" + state.Name;

    /// <summary>The body computing every derivative into its local (declared first).</summary>
    public static ImmutableArray<Stmt> WithDerivativeLocals(SolvableBlock block)
    {
        var states = States(block);
        var body = Replace(block.Body);
        return [new LocalDecl([.. states.Select(DerivativeLocal)]), .. body];

        static ImmutableArray<Stmt> Replace(ImmutableArray<Stmt> body) => [.. body.Select(s => s switch
        {
            Derivative d => new Assign(VarRef.Local(DerivativeLocal(d.State)), d.Value) { Location = d.Location },
            If i => i with { Then = Replace(i.Then), Else = Replace(i.Else) },
            Block b => b with { Body = Replace(b.Body) },
            _ => s,
        })];
    }

    public static Expr Derivative(VarRef state) => VarRef.Local(DerivativeLocal(state));
}
