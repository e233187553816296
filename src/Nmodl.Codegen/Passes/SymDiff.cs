using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Symbolic differentiation of an expression with respect to one variable, followed by
/// simplification. Used for cnexp (the coefficient of the state), kinetic Jacobians and linearity tests.</summary>
public static class SymDiff
{
    public static Expr Differentiate(Expr e, VarRef x) => Simplifier.Simplify(D(Simplifier.Simplify(e), x));

    private static Expr D(Expr e, VarRef x)
    {
        if (!ExprRewriter.Mentions(e, x)) return 0.0;
        return e switch
        {
            Variable => 1.0,
            Unary { Op: UnaryOp.Negate } u => -D(u.Operand, x),
            Binary b => Binary(b, x),
            Call { IsUser: false } c => Math(c, x),
            _ => throw new NotSupportedException(
                $"cannot differentiate '{e}' with respect to '{x.Name}': only arithmetic and math functions are differentiable"),
        };
    }

    private static Expr Binary(Binary b, VarRef x)
    {
        var (u, v) = (b.Left, b.Right);
        return b.Op switch
        {
            BinaryOp.Add => D(u, x) + D(v, x),
            BinaryOp.Subtract => D(u, x) - D(v, x),
            BinaryOp.Multiply when !ExprRewriter.Mentions(v, x) => D(u, x) * v,
            BinaryOp.Multiply when !ExprRewriter.Mentions(u, x) => u * D(v, x),
            BinaryOp.Multiply => D(u, x) * v + u * D(v, x),
            BinaryOp.Divide when !ExprRewriter.Mentions(v, x) => D(u, x) / v,
            BinaryOp.Divide when !ExprRewriter.Mentions(u, x) => -(u * D(v, x)) / (v * v),
            BinaryOp.Divide => (D(u, x) * v - u * D(v, x)) / (v * v),
            BinaryOp.Power when !ExprRewriter.Mentions(v, x) => v * Pow(u, v - 1.0) * D(u, x),
            BinaryOp.Power => Pow(u, v) * (D(v, x) * Call.Math("log", u) + v * D(u, x) / u),
            _ => throw new NotSupportedException(
                $"cannot differentiate the {Operators.Symbol(b.Op)} operator in '{b}' with respect to '{x.Name}'"),
        };
    }

    private static Expr Math(Call c, VarRef x)
    {
        var a = c.Arguments;
        var da = D(a[0], x);
        return c.Function switch
        {
            "exp" => c * da,
            "log" => da / a[0],
            "log10" => da / (a[0] * System.Math.Log(10.0)),
            "sqrt" => da / (2.0 * c),
            "sin" => Call.Math("cos", a[0]) * da,
            "cos" => -Call.Math("sin", a[0]) * da,
            "tan" => da / (Call.Math("cos", a[0]) * Call.Math("cos", a[0])),
            "sinh" => Call.Math("cosh", a[0]) * da,
            "cosh" => Call.Math("sinh", a[0]) * da,
            "tanh" => (1.0 - c * c) * da,
            "atan" => da / (1.0 + a[0] * a[0]),
            "asin" => da / Call.Math("sqrt", 1.0 - a[0] * a[0]),
            "acos" => -da / Call.Math("sqrt", 1.0 - a[0] * a[0]),
            "fabs" => da * new Binary(BinaryOp.Subtract, new Binary(BinaryOp.Greater, a[0], 0.0), new Binary(BinaryOp.Less, a[0], 0.0)),
            "pow" => Binary(new Binary(BinaryOp.Power, a[0], a[1]), x),
            _ => throw new NotSupportedException($"cannot differentiate '{c.Function}' in '{c}' with respect to '{x.Name}'"),
        };
    }

    private static Expr Pow(Expr a, Expr b) => new Binary(BinaryOp.Power, a, b);
}
