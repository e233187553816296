using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

/// <summary>
/// Integer expressions, for array indices and the bounds and step of FROM loops. As nocmodl's
/// <c>intexpr</c>: names, integer literals, <c>+ - * /</c>, parentheses and <c>INT(expr)</c>
/// (truncation of any expression); no unary minus and no function calls.
/// </summary>
internal sealed partial class Parser
{
    private const string IntegerFunction = "INT";

    private Expression ParseIntegerExpression() => ParseIntegerBinary(ArithmeticPrecedence);

    private Expression ParseIntegerBinary(int minimumPrecedence)
    {
        var first = Current;
        var left = ParseIntegerPrimary();
        while (BinaryOf(Current.Kind) is { } op && op.Precedence >= minimumPrecedence)
        {
            Advance();
            var right = ParseIntegerBinary(op.Precedence + 1);
            left = new BinaryExpression(SpanFrom(first), left, op.Operator, right);
        }
        return left;
    }

    private Expression ParseIntegerPrimary()
    {
        var first = Current;
        switch (first.Kind)
        {
            case TokenKind.Number:
                Advance();
                if (!TryParseInteger(first.Text, out var value))
                    throw Report(DiagnosticCode.InvalidNumber, SpanOf(first), $"an index or loop bound must be an integer, not '{first.Text}'");
                return new NumberExpression(SpanOf(first), first.Text, value);
            case TokenKind.Identifier when first.Text == IntegerFunction && PeekToken(1).Kind == TokenKind.LeftParen:
                Advance();
                Advance();
                EnterNesting();
                var argument = ParseExpression();
                LeaveNesting();
                Expect(TokenKind.RightParen, $"')' after the argument of {IntegerFunction}");
                return new CallExpression(SpanFrom(first), IntegerFunction, [argument]);
            case TokenKind.Identifier:
                RejectKeyword("an integer expression");
                Advance();
                return new NameExpression(SpanOf(first), first.Text);
            case TokenKind.LeftParen:
                Advance();
                EnterNesting();
                var inner = ParseIntegerExpression();
                LeaveNesting();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            default:
                throw Report(first.Kind == TokenKind.Bad ? DiagnosticCode.UnexpectedCharacter : DiagnosticCode.ExpectedExpression,
                    SpanOf(first), $"expected an integer expression (names, integers, + - * /, INT(...)), found {Describe(first)}");
        }
    }
}
