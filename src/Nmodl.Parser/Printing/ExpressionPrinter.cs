using System.Text;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Printing;

/// <summary>
/// Prints expressions with the fewest parentheses that parse back to the same tree under
/// NMODL's precedence (see the parser).
/// </summary>
public static class ExpressionPrinter
{
    private const int UnaryPrecedence = 6;
    private const int PowerPrecedence = 7;
    private const int PrimaryPrecedence = 8;

    public static string Print(Expression expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression);
        return builder.ToString();
    }

    public static int Precedence(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => 1,
        BinaryOperator.And => 2,
        BinaryOperator.Add or BinaryOperator.Subtract => 4,
        BinaryOperator.Multiply or BinaryOperator.Divide => 5,
        BinaryOperator.Power => PowerPrecedence,
        _ => 3,
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "||",
        BinaryOperator.And => "&&",
        BinaryOperator.Less => "<",
        BinaryOperator.LessEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "^",
    };

    private static int PrecedenceOf(Expression expression) => expression switch
    {
        BinaryExpression binary => Precedence(binary.Operator),
        UnaryExpression => UnaryPrecedence,
        _ => PrimaryPrecedence,
    };

    internal static void Write(StringBuilder builder, Expression expression)
    {
        switch (expression)
        {
            case NumberExpression number:
                builder.Append(number.Text);
                if (number.Unit is not null) builder.Append(" (").Append(number.Unit.Text).Append(')');
                break;
            case NameExpression name:
                builder.Append(name.Name);
                break;
            case IndexedNameExpression indexed:
                builder.Append(indexed.Name).Append('[');
                Write(builder, indexed.Index);
                builder.Append(']');
                break;
            case PrimeExpression prime:
                builder.Append(prime.Name).Append('\'', prime.Order);
                if (prime.Index is not null)
                {
                    builder.Append('[');
                    Write(builder, prime.Index);
                    builder.Append(']');
                }
                break;
            case StringExpression text:
                builder.Append('"').Append(text.Value).Append('"');
                break;
            case CallExpression call:
                builder.Append(call.Function).Append('(');
                for (var i = 0; i < call.Arguments.Length; i++)
                {
                    if (i > 0) builder.Append(", ");
                    Write(builder, call.Arguments[i]);
                }
                builder.Append(')');
                break;
            case UnaryExpression unary:
                builder.Append(unary.Operator == UnaryOperator.Negate ? '-' : '!');
                WriteOperand(builder, unary.Operand, PrecedenceOf(unary.Operand) < UnaryPrecedence);
                break;
            case BinaryExpression binary:
                WriteBinary(builder, binary);
                break;
        }
    }

    private static void WriteBinary(StringBuilder builder, BinaryExpression binary)
    {
        var precedence = Precedence(binary.Operator);
        var left = PrecedenceOf(binary.Left);
        var right = PrecedenceOf(binary.Right);
        if (binary.Operator == BinaryOperator.Power)
        {
            // Right associative, and its right side is parsed as a unary expression.
            WriteOperand(builder, binary.Left, left <= PowerPrecedence);
            builder.Append('^');
            WriteOperand(builder, binary.Right, right < UnaryPrecedence);
            return;
        }
        WriteOperand(builder, binary.Left, left < precedence);
        builder.Append(' ').Append(Symbol(binary.Operator)).Append(' ');
        WriteOperand(builder, binary.Right, right <= precedence);
    }

    private static void WriteOperand(StringBuilder builder, Expression operand, bool parenthesize)
    {
        if (parenthesize) builder.Append('(');
        Write(builder, operand);
        if (parenthesize) builder.Append(')');
    }
}
