using Nmodl.Parser.Printing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Tests.Support;

internal static class Tree
{
    /// <summary>An expression written back fully parenthesised, to compare tree shapes by text.</summary>
    public static string Shape(Expression expression) => expression switch
    {
        BinaryExpression b => $"({Shape(b.Left)} {ExpressionPrinter.Symbol(b.Operator)} {Shape(b.Right)})",
        UnaryExpression u => $"({(u.Operator == UnaryOperator.Negate ? "-" : "!")}{Shape(u.Operand)})",
        CallExpression c => $"{c.Function}({string.Join(", ", c.Arguments.Select(Shape))})",
        _ => ExpressionPrinter.Print(expression),
    };
}
