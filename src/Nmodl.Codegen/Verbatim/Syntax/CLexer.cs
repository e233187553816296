using System.Text;

namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>
/// Splits C text into tokens. Comments vanish, backslash-newline joins lines, and the ends of lines
/// are kept as tokens so that the preprocessor can see where a directive stops.
/// </summary>
public sealed class CLexer
{
    private static readonly string[] Punctuators =
    [
        "<<=", ">>=", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
        "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "##",
        "+", "-", "*", "/", "%", "<", ">", "=", "!", "~", "&", "|", "^", "?", ":", ";", ",", ".",
        "(", ")", "[", "]", "{", "}", "#",
    ];

    private readonly string _text;
    private readonly VerbatimOrigin _origin;
    private readonly List<VerbatimDiagnostic> _diagnostics;
    private readonly List<CToken> _tokens = [];
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private bool _atLineStart = true;

    private CLexer(string text, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics)
    {
        _text = text;
        _origin = origin;
        _diagnostics = diagnostics;
    }

    public static IReadOnlyList<CToken> Tokenize(string text, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics)
    {
        var lexer = new CLexer(text, origin, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private int Column => _position - _lineStart + 1;

    private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void Run()
    {
        while (_position < _text.Length)
        {
            var c = Peek();
            if (c == '\n')
            {
                Add(CTokenKind.EndOfLine, "\n", _line, Column);
                NewLine();
                _atLineStart = true;
            }
            else if (c == '\\' && (Peek(1) == '\n' || (Peek(1) == '\r' && Peek(2) == '\n')))
            {
                _position += Peek(1) == '\r' ? 2 : 1;
                NewLine();
            }
            else if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_position < _text.Length && Peek() != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                var wasLineStart = _atLineStart;
                _atLineStart = false;
                ReadToken(wasLineStart);
            }
        }
        Add(CTokenKind.EndOfLine, "\n", _line, Column);
        Add(CTokenKind.EndOfFile, "", _line, Column);
    }

    private void NewLine()
    {
        _position++;
        _line++;
        _lineStart = _position;
    }

    private void SkipBlockComment()
    {
        var (line, column) = (_line, Column);
        _position += 2;
        while (_position < _text.Length && !(Peek() == '*' && Peek(1) == '/'))
        {
            if (Peek() == '\n')
            {
                NewLine();
            }
            else
            {
                _position++;
            }
        }
        if (_position >= _text.Length)
        {
            Error(line, column, "unterminated /* comment");
            return;
        }
        _position += 2;
    }

    private void ReadToken(bool atLineStart)
    {
        var (line, column) = (_line, Column);
        var c = Peek();
        if (char.IsLetter(c) || c == '_')
        {
            var start = _position;
            while (char.IsLetterOrDigit(Peek()) || Peek() == '_')
            {
                _position++;
            }
            Add(CTokenKind.Identifier, _text[start.._position], line, column);
        }
        else if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(1))))
        {
            ReadNumber(line, column);
        }
        else if (c == '"' || c == '\'')
        {
            ReadQuoted(c, line, column);
        }
        else if (c == '#' && atLineStart)
        {
            _position++;
            Add(CTokenKind.Directive, "#", line, column);
        }
        else
        {
            foreach (var punctuator in Punctuators)
            {
                if (string.CompareOrdinal(_text, _position, punctuator, 0, punctuator.Length) == 0)
                {
                    _position += punctuator.Length;
                    Add(CTokenKind.Punctuator, punctuator, line, column);
                    return;
                }
            }
            Error(line, column, $"unexpected character '{c}'");
            _position++;
        }
    }

    private void ReadNumber(int line, int column)
    {
        var start = _position;
        var isFloat = false;
        if (Peek() == '0' && (Peek(1) == 'x' || Peek(1) == 'X'))
        {
            _position += 2;
            while (Uri.IsHexDigit(Peek()))
            {
                _position++;
            }
        }
        else
        {
            while (char.IsDigit(Peek()))
            {
                _position++;
            }
            if (Peek() == '.')
            {
                isFloat = true;
                _position++;
                while (char.IsDigit(Peek()))
                {
                    _position++;
                }
            }
            if ((Peek() == 'e' || Peek() == 'E') &&
                (char.IsDigit(Peek(1)) || ((Peek(1) == '+' || Peek(1) == '-') && char.IsDigit(Peek(2)))))
            {
                isFloat = true;
                _position += 2;
                while (char.IsDigit(Peek()))
                {
                    _position++;
                }
            }
        }
        while (char.IsLetter(Peek()))
        {
            _position++;
        }
        var text = _text[start.._position];
        if (!isFloat && !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && (text.EndsWith('f') || text.EndsWith('F')))
        {
            Error(line, column, $"malformed number '{text}'");
        }
        Add(isFloat ? CTokenKind.FloatLiteral : CTokenKind.IntegerLiteral, text, line, column);
    }

    private void ReadQuoted(char quote, int line, int column)
    {
        var builder = new StringBuilder();
        builder.Append(quote);
        _position++;
        while (_position < _text.Length && Peek() != quote && Peek() != '\n')
        {
            if (Peek() == '\\' && _position + 1 < _text.Length)
            {
                builder.Append(Peek());
                _position++;
            }
            builder.Append(Peek());
            _position++;
        }
        if (Peek() != quote)
        {
            Error(line, column, quote == '"' ? "unterminated string literal" : "unterminated character literal");
            return;
        }
        _position++;
        builder.Append(quote);
        Add(quote == '"' ? CTokenKind.StringLiteral : CTokenKind.CharLiteral, builder.ToString(), line, column);
    }

    private void Add(CTokenKind kind, string text, int line, int column) => _tokens.Add(new CToken(kind, text, line, column));

    private void Error(int line, int column, string message) =>
        _diagnostics.Add(new VerbatimDiagnostic(VerbatimCodes.Lexical, _origin.At(line, column), message));
}
