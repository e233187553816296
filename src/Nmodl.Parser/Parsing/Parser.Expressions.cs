using System.Collections.Immutable;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

/// <summary>
/// Expressions by precedence climbing, with nocmodl's table (low to high): <c>||</c>, <c>&amp;&amp;</c>,
/// comparisons, <c>+ -</c>, <c>* /</c>, unary <c>- !</c>, <c>^</c> (right associative). So
/// <c>-x^2</c> is <c>-(x^2)</c> and <c>2^-x</c> is <c>2^(-x)</c>.
/// </summary>
internal sealed partial class Parser
{
    private const int LowestPrecedence = 1;

    /// <summary>Where arithmetic starts: '+' and '-' and everything binding tighter.</summary>
    private const int ArithmeticPrecedence = 4;

    private static (BinaryOperator Operator, int Precedence)? BinaryOf(TokenKind kind) => kind switch
    {
        TokenKind.BarBar => (BinaryOperator.Or, 1),
        TokenKind.AmpersandAmpersand => (BinaryOperator.And, 2),
        TokenKind.Less => (BinaryOperator.Less, 3),
        TokenKind.LessEquals => (BinaryOperator.LessEqual, 3),
        TokenKind.Greater => (BinaryOperator.Greater, 3),
        TokenKind.GreaterEquals => (BinaryOperator.GreaterEqual, 3),
        TokenKind.EqualsEquals => (BinaryOperator.Equal, 3),
        TokenKind.BangEquals => (BinaryOperator.NotEqual, 3),
        TokenKind.Plus => (BinaryOperator.Add, 4),
        TokenKind.Minus => (BinaryOperator.Subtract, 4),
        TokenKind.Star => (BinaryOperator.Multiply, 5),
        TokenKind.Slash => (BinaryOperator.Divide, 5),
        _ => null,
    };

    private Expression ParseExpression() => ParseBinary(LowestPrecedence);

    private Expression ParseBinary(int minimumPrecedence)
    {
        var first = Current;
        var left = ParseUnary();
        while (BinaryOf(Current.Kind) is { } op && op.Precedence >= minimumPrecedence)
        {
            Advance();
            var right = ParseBinary(op.Precedence + 1);
            left = new BinaryExpression(SpanFrom(first), left, op.Operator, right);
        }
        return left;
    }

    private Expression ParseUnary()
    {
        var first = Current;
        if (first.Kind is TokenKind.Minus or TokenKind.Bang)
        {
            Advance();
            EnterNesting();
            var operand = ParseUnary();
            LeaveNesting();
            return new UnaryExpression(SpanFrom(first), first.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Not, operand);
        }
        return ParsePower();
    }

    private Expression ParsePower()
    {
        var first = Current;
        var left = ParsePrimary();
        if (!Accept(TokenKind.Caret)) return left;
        EnterNesting();
        var right = ParseUnary();
        LeaveNesting();
        return new BinaryExpression(SpanFrom(first), left, BinaryOperator.Power, right);
    }

    private Expression ParsePrimary()
    {
        var first = Current;
        switch (first.Kind)
        {
            case TokenKind.Number:
                Advance();
                var unit = Is(TokenKind.LeftParen) ? ParseUnit() : null;
                return new NumberExpression(SpanFrom(first), first.Text, ParseDouble(first.Text), unit);
            case TokenKind.Identifier when PeekToken(1).Kind == TokenKind.LeftParen:
                return ParseCall();
            case TokenKind.Identifier:
            case TokenKind.Prime:
                return ParseAssignmentTarget();
            case TokenKind.LeftParen:
                Advance();
                EnterNesting();
                var inner = ParseExpression();
                LeaveNesting();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            default:
                throw Report(first.Kind == TokenKind.Bad ? DiagnosticCode.UnexpectedCharacter : DiagnosticCode.ExpectedExpression,
                    SpanOf(first), $"expected an expression, found {Describe(first)}");
        }
    }

    private CallExpression ParseCall()
    {
        RejectKeyword("a function name");
        var name = Advance();
        Advance();
        EnterNesting();
        var arguments = ImmutableArray.CreateBuilder<Expression>();
        if (!Is(TokenKind.RightParen))
        {
            do
            {
                if (Is(TokenKind.String))
                {
                    var text = Advance();
                    arguments.Add(new StringExpression(SpanOf(text), text.Text));
                }
                else
                {
                    arguments.Add(ParseExpression());
                }
            }
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightParen, $"')' after the arguments of {name.Text}");
        LeaveNesting();
        return new CallExpression(SpanFrom(name), name.Text, arguments.ToImmutable());
    }
}
