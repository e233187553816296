using System.Globalization;

namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>Evaluates the integer constant expression of #if/#elif; names left after macro expansion are 0, as in C.</summary>
internal sealed class ConditionEvaluator(IReadOnlyList<CToken> tokens)
{
    private static readonly string[][] BinaryLevels =
    [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", ">", "<=", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"],
    ];

    private int _position;
    private string? _error;

    public long Evaluate(out string? error)
    {
        var value = Conditional();
        if (_error is null && _position < tokens.Count)
        {
            _error = $"unexpected {tokens[_position].Describe()}";
        }
        error = _error;
        return value;
    }

    private CToken? Current => _position < tokens.Count ? tokens[_position] : null;

    private bool Accept(string text)
    {
        if (Current?.Is(text) == true)
        {
            _position++;
            return true;
        }
        return false;
    }

    private long Conditional()
    {
        var condition = Binary(0);
        if (!Accept("?"))
        {
            return condition;
        }
        var whenTrue = Conditional();
        if (!Accept(":"))
        {
            _error ??= "expected ':'";
        }
        var whenFalse = Conditional();
        return condition != 0 ? whenTrue : whenFalse;
    }

    private long Binary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return Unary();
        }
        var left = Binary(level + 1);
        while (Current is { } token && BinaryLevels[level].Any(token.Is))
        {
            _position++;
            var right = Binary(level + 1);
            left = Apply(token.Text, left, right);
        }
        return left;
    }

    private long Apply(string op, long left, long right)
    {
        if ((op == "/" || op == "%") && right == 0)
        {
            _error ??= "division by zero";
            return 0;
        }
        return op switch
        {
            "||" => left != 0 || right != 0 ? 1 : 0,
            "&&" => left != 0 && right != 0 ? 1 : 0,
            "|" => left | right,
            "^" => left ^ right,
            "&" => left & right,
            "==" => left == right ? 1 : 0,
            "!=" => left != right ? 1 : 0,
            "<" => left < right ? 1 : 0,
            ">" => left > right ? 1 : 0,
            "<=" => left <= right ? 1 : 0,
            ">=" => left >= right ? 1 : 0,
            "<<" => left << (int)right,
            ">>" => left >> (int)right,
            "+" => left + right,
            "-" => left - right,
            "*" => left * right,
            "/" => left / right,
            _ => left % right,
        };
    }

    private long Unary()
    {
        if (Accept("!"))
        {
            return Unary() == 0 ? 1 : 0;
        }
        if (Accept("-"))
        {
            return -Unary();
        }
        if (Accept("+"))
        {
            return Unary();
        }
        if (Accept("~"))
        {
            return ~Unary();
        }
        if (Accept("("))
        {
            var value = Conditional();
            if (!Accept(")"))
            {
                _error ??= "expected ')'";
            }
            return value;
        }
        var token = Current;
        if (token is null)
        {
            _error ??= "missing operand";
            return 0;
        }
        _position++;
        return token.Kind switch
        {
            CTokenKind.IntegerLiteral => ParseInteger(token.Text),
            CTokenKind.Identifier => 0,
            _ => Fail(token),
        };
    }

    private long Fail(CToken token)
    {
        _error ??= $"unexpected {token.Describe()}";
        return 0;
    }

    private long ParseInteger(string text)
    {
        var digits = text.TrimEnd('u', 'U', 'l', 'L');
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase) &&
            long.TryParse(digits.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return hex;
        }
        if (digits.Length > 1 && digits[0] == '0')
        {
            if (digits.All(c => c is >= '0' and <= '7'))
            {
                return Convert.ToInt64(digits, 8);
            }
            _error ??= $"malformed number '{text}'";
            return 0;
        }
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        _error ??= $"malformed number '{text}'";
        return 0;
    }
}
