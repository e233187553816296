using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Tests.Support;

/// <summary>Evaluates an expression tree with C semantics (true is 1, false is 0), as NEURON's generated C does.</summary>
internal static class Evaluator
{
    public static double Evaluate(Expression expression, IReadOnlyDictionary<string, double> bindings) => expression switch
    {
        NumberExpression n => n.Value,
        NameExpression n => bindings[n.Name],
        UnaryExpression { Operator: UnaryOperator.Negate } u => -Evaluate(u.Operand, bindings),
        UnaryExpression u => Evaluate(u.Operand, bindings) == 0 ? 1 : 0,
        CallExpression { Function: "exp" } c => Math.Exp(Evaluate(c.Arguments[0], bindings)),
        CallExpression { Function: "fabs" } c => Math.Abs(Evaluate(c.Arguments[0], bindings)),
        BinaryExpression b => Binary(b.Operator, Evaluate(b.Left, bindings), Evaluate(b.Right, bindings)),
        _ => throw new ArgumentException($"cannot evaluate {expression.GetType().Name}"),
    };

    private static double Binary(BinaryOperator op, double l, double r) => op switch
    {
        BinaryOperator.Add => l + r,
        BinaryOperator.Subtract => l - r,
        BinaryOperator.Multiply => l * r,
        BinaryOperator.Divide => l / r,
        BinaryOperator.Power => Math.Pow(l, r),
        BinaryOperator.Less => Truth(l < r),
        BinaryOperator.LessEqual => Truth(l <= r),
        BinaryOperator.Greater => Truth(l > r),
        BinaryOperator.GreaterEqual => Truth(l >= r),
        BinaryOperator.Equal => Truth(l == r),
        BinaryOperator.NotEqual => Truth(l != r),
        BinaryOperator.And => Truth(l != 0 && r != 0),
        _ => Truth(l != 0 || r != 0),
    };

    private static double Truth(bool value) => value ? 1 : 0;
}
