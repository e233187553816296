using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Constant folding and the algebraic identities that keep symbolic derivatives small
/// (0+x, x*1, x*0, x-x ...). Folding uses the same .NET operations as the generated code, so a
/// folded constant is the value the unfolded code would have computed.</summary>
public static class Simplifier
{
    public static Expr Simplify(Expr e) => ExprRewriter.Rewrite(e, Step);

    private static Expr Step(Expr e) => e switch
    {
        Unary { Op: UnaryOp.Negate, Operand: Number n } => new Number(-n.Value),
        Unary { Op: UnaryOp.Negate, Operand: Unary { Op: UnaryOp.Negate } inner } => inner.Operand,
        Unary { Op: UnaryOp.Not, Operand: Number n } => new Number(n.Value == 0 ? 1 : 0),
        Binary { Left: Number a, Right: Number b } bin => new Number(Fold(bin.Op, a.Value, b.Value)),
        Binary b => Algebra(b),
        Call { IsUser: false } c when !MathFunctions.IsImpure(c.Function) && c.Arguments.All(a => a is Number) =>
            new Number(MathFunctions.Evaluate(c.Function, c.Arguments.Select(a => ((Number)a).Value).ToArray())),
        ElementAt { Index: Number k } x when k.Value > -1 && k.Value < x.Elements.Length => x.Elements[(int)k.Value],
        _ => e,
    };

    private static Expr Algebra(Binary b)
    {
        var (l, r) = (b.Left, b.Right);
        switch (b.Op)
        {
            case BinaryOp.Add:
                if (IsZero(l)) return r;
                if (IsZero(r)) return l;
                if (r is Unary { Op: UnaryOp.Negate } nr) return new Binary(BinaryOp.Subtract, l, nr.Operand);
                break;
            case BinaryOp.Subtract:
                if (IsZero(r)) return l;
                if (IsZero(l)) return new Unary(UnaryOp.Negate, r);
                if (l == r && !ExprRewriter.HasOpaqueCall(l)) return new Number(0);
                break;
            case BinaryOp.Multiply:
                if (IsZero(l) || IsZero(r)) return new Number(0);
                if (IsOne(l)) return r;
                if (IsOne(r)) return l;
                if (IsMinusOne(l)) return new Unary(UnaryOp.Negate, r);
                if (IsMinusOne(r)) return new Unary(UnaryOp.Negate, l);
                break;
            case BinaryOp.Divide:
                if (IsZero(l)) return new Number(0);
                if (IsOne(r)) return l;
                break;
            case BinaryOp.Power:
                if (IsZero(r)) return new Number(1);
                if (IsOne(r)) return l;
                break;
        }
        return b;
    }

    public static double Fold(BinaryOp op, double a, double b) => op switch
    {
        BinaryOp.Add => a + b,
        BinaryOp.Subtract => a - b,
        BinaryOp.Multiply => a * b,
        BinaryOp.Divide => a / b,
        BinaryOp.Power => Math.Pow(a, b),
        BinaryOp.Less => a < b ? 1 : 0,
        BinaryOp.LessEqual => a <= b ? 1 : 0,
        BinaryOp.Greater => a > b ? 1 : 0,
        BinaryOp.GreaterEqual => a >= b ? 1 : 0,
        BinaryOp.Equal => a == b ? 1 : 0,
        BinaryOp.NotEqual => a != b ? 1 : 0,
        BinaryOp.And => a != 0 && b != 0 ? 1 : 0,
        BinaryOp.Or => a != 0 || b != 0 ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown binary operator"),
    };

    public static bool IsZero(Expr e) => e is Number { Value: 0 };
    private static bool IsOne(Expr e) => e is Number { Value: 1 };
    private static bool IsMinusOne(Expr e) => e is Number { Value: -1 };
}
