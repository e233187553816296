using System.Globalization;

namespace Nmodl.Codegen.Verbatim.Syntax;

public sealed partial class CParser
{
    /// <summary>C's binary operators from the loosest to the tightest binding, below the conditional operator.</summary>
    private static readonly string[][] BinaryLevels =
    [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", ">", "<=", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"],
    ];

    private static readonly HashSet<string> AssignmentOperators = ["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="];

    private CExpression Expression()
    {
        var left = AssignmentExpression();
        while (Current.Is(","))
        {
            var comma = Advance();
            left = new CComma(comma, left, AssignmentExpression());
        }
        return left;
    }

    private CExpression AssignmentExpression()
    {
        var target = ConditionalExpression();
        if (Current.Kind == CTokenKind.Punctuator && AssignmentOperators.Contains(Current.Text))
        {
            var op = Advance();
            return new CAssignment(op, op.Text, target, AssignmentExpression());
        }
        return target;
    }

    private CExpression ConditionalExpression()
    {
        var condition = BinaryExpression(0);
        if (!Current.Is("?"))
        {
            return condition;
        }
        var question = Advance();
        var whenTrue = Expression();
        Expect(":");
        return new CConditional(question, condition, whenTrue, ConditionalExpression());
    }

    private CExpression BinaryExpression(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return UnaryExpression();
        }
        var left = BinaryExpression(level + 1);
        while (Current.Kind == CTokenKind.Punctuator && BinaryLevels[level].Contains(Current.Text))
        {
            var op = Advance();
            left = new CBinary(op, op.Text, left, BinaryExpression(level + 1));
        }
        return left;
    }

    private CExpression UnaryExpression()
    {
        var token = Current;
        if (token.Kind == CTokenKind.Punctuator && token.Text is "+" or "-" or "!" or "~" or "*" or "&" or "++" or "--")
        {
            Advance();
            return new CUnary(token, token.Text, UnaryExpression());
        }
        if (token.Is("sizeof"))
        {
            Advance();
            if (Current.Is("(") && StartsType(1))
            {
                Advance();
                var type = TypeName();
                Expect(")");
                return new CSizeOf(token, type, null);
            }
            return new CSizeOf(token, null, UnaryExpression());
        }
        if (token.Is("(") && StartsType(1))
        {
            Advance();
            var type = TypeName();
            Expect(")");
            return new CCast(token, type, UnaryExpression());
        }
        return PostfixExpression(PrimaryExpression());
    }

    private CType TypeName()
    {
        var (_, _, baseType) = DeclarationSpecifiers();
        return Pointers(baseType);
    }

    private CExpression PostfixExpression(CExpression expression)
    {
        while (true)
        {
            var token = Current;
            if (token.Is("("))
            {
                Advance();
                var arguments = new List<CExpression>();
                while (!Current.Is(")"))
                {
                    arguments.Add(AssignmentExpression());
                    if (!Accept(","))
                    {
                        break;
                    }
                }
                Expect(")");
                expression = new CCall(expression.Token, expression, arguments);
            }
            else if (token.Is("["))
            {
                Advance();
                var index = Expression();
                Expect("]");
                expression = new CIndex(token, expression, index);
            }
            else if (token.Is("++") || token.Is("--"))
            {
                Advance();
                expression = new CPostfix(token, token.Text, expression);
            }
            else if (token.Is(".") || token.Is("->"))
            {
                Advance();
                var member = ExpectIdentifier();
                expression = new CMember(token, expression, member.Text, token.Text == "->");
            }
            else
            {
                return expression;
            }
        }
    }

    private CExpression PrimaryExpression()
    {
        var token = Current;
        switch (token.Kind)
        {
            case CTokenKind.Identifier when !TypeKeywords.Contains(token.Text):
                Advance();
                return new CIdentifier(token, token.Text);
            case CTokenKind.IntegerLiteral:
                Advance();
                if (!CLiterals.TryParseInteger(token.Text, out var value, out var type))
                {
                    throw new SyntaxError(token, $"malformed integer '{token.Text}'");
                }
                return new CIntegerLiteral(token, value, type);
            case CTokenKind.FloatLiteral:
                Advance();
                return FloatLiteral(token);
            case CTokenKind.CharLiteral:
                Advance();
                if (!CLiterals.TryUnescape(token.Text, out var character) || character.Length != 1)
                {
                    throw new SyntaxError(token, $"malformed character literal {token.Text}");
                }
                return new CCharLiteral(token, (sbyte)character[0]);
            case CTokenKind.StringLiteral:
                var text = "";
                while (Current.Kind == CTokenKind.StringLiteral)
                {
                    var part = Advance();
                    if (!CLiterals.TryUnescape(part.Text, out var unescaped))
                    {
                        throw new SyntaxError(part, $"malformed escape in string {part.Text}");
                    }
                    text += unescaped;
                }
                return new CStringLiteral(token, text);
        }
        if (token.Is("("))
        {
            Advance();
            var inner = Expression();
            Expect(")");
            return new CParenthesized(token, inner);
        }
        throw new SyntaxError(token, $"expected an expression, found {token.Describe()}");
    }

    private static CFloatLiteral FloatLiteral(CToken token)
    {
        var text = token.Text;
        var type = CType.Double;
        if (text.EndsWith('f') || text.EndsWith('F'))
        {
            type = CType.Float;
            text = text[..^1];
        }
        else if (text.EndsWith('l') || text.EndsWith('L'))
        {
            text = text[..^1];
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new SyntaxError(token, $"malformed number '{token.Text}'");
        }
        return new CFloatLiteral(token, text, type);
    }
}
