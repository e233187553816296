using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>NEURON's <c>runge</c>: classical fourth-order Runge-Kutta over one dt, with scopmath's
/// exact order of operations (the solution is accumulated as y0 + h/2*k1/3 + h*k2/3 + h*k3/3 + h/6*k4,
/// and t advances by h/2 twice during the step).</summary>
public static class RungeMethod
{
    public static ImmutableArray<Stmt> Lower(SolvableBlock block)
    {
        var states = DerivativeBodies.States(block);
        Expr h = VarRef.Dt;
        Expr half = new Binary(BinaryOp.Divide, h, 2.0);
        Expr t = VarRef.T;
        var y0 = states.Select(x => VarRef.Local("_y0_" + x.Name)).ToArray();
        var acc = states.Select(x => VarRef.Local("_acc_" + x.Name)).ToArray();
        var temp = VarRef.Local("_rk_temp");
        var output = ImmutableArray.CreateBuilder<Stmt>();
        output.Add(new LocalDecl([temp.Name, .. states.Select(DerivativeBodies.DerivativeLocal), .. y0.Select(v => v.Name), .. acc.Select(v => v.Name)]));

        output.Add(Stage(t));
        for (var i = 0; i < states.Length; i++)
        {
            output.Add(new Assign(y0[i], states[i]));
            output.Add(new Assign(temp, half * DerivativeBodies.Derivative(states[i])));
            output.Add(new Assign(states[i], (Expr)states[i] + temp));
            output.Add(new Assign(acc[i], (Expr)y0[i] + new Binary(BinaryOp.Divide, temp, 3.0)));
        }
        var tHalf = t + half;
        output.Add(Stage(tHalf));
        for (var i = 0; i < states.Length; i++)
        {
            output.Add(new Assign(temp, h * DerivativeBodies.Derivative(states[i])));
            output.Add(new Assign(states[i], (Expr)y0[i] + new Binary(BinaryOp.Divide, temp, 2.0)));
            output.Add(new Assign(acc[i], (Expr)acc[i] + new Binary(BinaryOp.Divide, temp, 3.0)));
        }
        output.Add(Stage(tHalf));
        for (var i = 0; i < states.Length; i++)
        {
            output.Add(new Assign(temp, h * DerivativeBodies.Derivative(states[i])));
            output.Add(new Assign(states[i], (Expr)y0[i] + temp));
            output.Add(new Assign(acc[i], (Expr)acc[i] + new Binary(BinaryOp.Divide, temp, 3.0)));
        }
        output.Add(Stage(tHalf + half));
        for (var i = 0; i < states.Length; i++)
            output.Add(new Assign(states[i], (Expr)acc[i] + new Binary(BinaryOp.Divide, h, 6.0) * DerivativeBodies.Derivative(states[i])));
        return [new Block(output.ToImmutable()) { Location = block.Location }];

        Stmt Stage(Expr time)
        {
            var body = DerivativeBodies.WithDerivativeLocals(block);
            var derivativeNames = states.Select(DerivativeBodies.DerivativeLocal).ToHashSet();
            var stage = ExprRewriter.RewriteStatements(body, e => ExprRewriter.Substitute(e, r => r == VarRef.T ? time : null));
            // The derivative locals outlive the stage, so their declaration moves to the enclosing scope.
            var decl = (LocalDecl)stage[0];
            return new Block([new LocalDecl([.. decl.Names.Where(n => !derivativeNames.Contains(n))]), .. stage.Skip(1)]);
        }
    }
}
