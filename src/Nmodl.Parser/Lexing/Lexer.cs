using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Lexing;

/// <summary>
/// Turns NMODL text into tokens. Keywords are ordinary identifiers here (the parser decides, as
/// NMODL keywords depend on context). Three words switch the lexer into a raw mode, as in
/// nocmodl: COMMENT (skipped up to ENDCOMMENT), VERBATIM (kept up to ENDVERBATIM) and TITLE (the
/// rest of the line); REPRESENTS makes the next word an ontology id. Line ends may be LF, CRLF or
/// CR; tabs, form feeds and vertical tabs are blanks.
/// </summary>
public sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Token> _tokens = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private int _position;

    private Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>All tokens of <paramref name="source"/>, always ending with one EndOfFile token.</summary>
    public static IReadOnlyList<Token> Tokenize(SourceText source, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(source, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipBlanksAndLineComments();
            if (_position >= _text.Length) break;
            LexOne();
        }
        _tokens.Add(new Token(TokenKind.EndOfFile, _text.Length, 0, ""));
    }

    private char Peek(int ahead = 0) => _position + ahead < _text.Length ? _text[_position + ahead] : '\0';

    private void SkipBlanksAndLineComments()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v')
            {
                _position++;
            }
            else if (c is ':' or '?')
            {
                SkipToEndOfLine();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipToEndOfLine()
    {
        while (_position < _text.Length && _text[_position] is not ('\n' or '\r')) _position++;
    }

    private void LexOne()
    {
        var c = Peek();
        if (IsIdentifierStart(c))
        {
            LexWord();
        }
        else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            LexNumber();
        }
        else if (c == '"')
        {
            LexString();
        }
        else
        {
            LexPunctuation(c);
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private void LexWord()
    {
        var start = _position;
        while (IsIdentifierPart(Peek())) _position++;
        var word = Intern(_text.AsSpan(start, _position - start));
        switch (word)
        {
            case "COMMENT":
                SkipRawBlock(start, "ENDCOMMENT", DiagnosticCode.UnterminatedComment, "COMMENT");
                return;
            case "VERBATIM":
                var body = SkipRawBlock(start, "ENDVERBATIM", DiagnosticCode.UnterminatedVerbatim, "VERBATIM");
                _tokens.Add(new Token(TokenKind.Verbatim, start, _position - start, body));
                return;
        }
        if (Peek() == '\'')
        {
            var primes = 0;
            while (Peek() == '\'')
            {
                _position++;
                primes++;
            }
            _tokens.Add(new Token(TokenKind.Prime, start, _position - start, word, primes));
            return;
        }
        _tokens.Add(new Token(TokenKind.Identifier, start, _position - start, word));
        if (word == "TITLE") LexTitleText();
        else if (word == "REPRESENTS") LexOntology();
    }

    /// <summary>One string per distinct name: a file repeats the same few dozen names many times.</summary>
    private string Intern(ReadOnlySpan<char> name)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var known)) return known;
        var text = name.ToString();
        _names.Add(text);
        return text;
    }

    /// <summary>
    /// Reads the raw text of a COMMENT or VERBATIM block, as nocmodl does: line by line (the rest of
    /// the opening line first) up to a line whose first word is <paramref name="terminator"/>; the
    /// rest of that line is dropped. Returns the text in between.
    /// </summary>
    private string SkipRawBlock(int start, string terminator, DiagnosticCode code, string opener)
    {
        var bodyStart = _position;
        var line = _position;
        while (line < _text.Length)
        {
            var next = NextLineStart(line);
            if (FirstWordIs(line, terminator))
            {
                _position = next;
                return _text[bodyStart..line];
            }
            line = next;
        }
        _diagnostics.Add(code, _source.Span(start, opener.Length), $"{opener} is never closed by {terminator} at the start of a line");
        _position = _text.Length;
        return _text[bodyStart..];
    }

    private int NextLineStart(int from)
    {
        var end = _text.IndexOfAny(['\n', '\r'], from);
        if (end < 0) return _text.Length;
        return _text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? end + 2 : end + 1;
    }

    /// <summary>Whether the letters after the blanks at the start of <paramref name="line"/> spell <paramref name="word"/>.</summary>
    private bool FirstWordIs(int line, string word)
    {
        var p = line;
        while (p < _text.Length && _text[p] is ' ' or '\t') p++;
        var wordStart = p;
        while (p < _text.Length && char.IsAsciiLetter(_text[p])) p++;
        return _text.AsSpan(wordStart, p - wordStart).SequenceEqual(word);
    }

    /// <summary>The rest of the TITLE line, cut at '!' as nocmodl does, without surrounding blanks.</summary>
    private void LexTitleText()
    {
        while (Peek() is ' ' or '\t') _position++;
        var start = _position;
        SkipToEndOfLine();
        var line = _text.AsSpan(start, _position - start);
        var bang = line.IndexOf('!');
        var title = (bang >= 0 ? line[..bang] : line).TrimEnd();
        _tokens.Add(new Token(TokenKind.TitleText, start, title.Length, title.ToString()));
    }

    // NEURON's lexer reads NAME:ID or [NAME:ID] after REPRESENTS; ':' would otherwise start a comment.
    private void LexOntology()
    {
        while (Peek() is ' ' or '\t') _position++;
        var start = _position;
        var bracketed = Peek() == '[';
        var p = _position + (bracketed ? 1 : 0);
        if (p >= _text.Length || !char.IsAsciiLetter(_text[p])) return;
        while (p < _text.Length && IsIdentifierPart(_text[p])) p++;
        if (p >= _text.Length || _text[p] != ':') return;
        p++;
        while (p < _text.Length && IsIdentifierPart(_text[p])) p++;
        if (bracketed)
        {
            if (p >= _text.Length || _text[p] != ']') return;
            p++;
        }
        _position = p;
        _tokens.Add(new Token(TokenKind.Ontology, start, p - start, _text[start..p]));
    }

    private void LexNumber()
    {
        var start = _position;
        while (char.IsAsciiDigit(Peek())) _position++;
        if (Peek() == '.')
        {
            _position++;
            while (char.IsAsciiDigit(Peek())) _position++;
        }
        if (Peek() is 'e' or 'E')
        {
            var signed = Peek(1) is '+' or '-';
            var digit = Peek(signed ? 2 : 1);
            if (char.IsAsciiDigit(digit))
            {
                _position += signed ? 2 : 1;
                while (char.IsAsciiDigit(Peek())) _position++;
            }
            else if (signed)
            {
                _position += 2;
                _diagnostics.Add(DiagnosticCode.InvalidNumber, _source.Span(start, _position - start),
                    $"number '{_text[start.._position]}' has no digits in its exponent");
            }
        }
        _tokens.Add(new Token(TokenKind.Number, start, _position - start, _text[start.._position]));
    }

    private void LexString()
    {
        var start = _position;
        _position++;
        while (_position < _text.Length && _text[_position] != '"') _position++;
        if (Peek() != '"')
        {
            _diagnostics.Add(DiagnosticCode.UnterminatedString, _source.Span(start, 1), "string is never closed");
            _tokens.Add(new Token(TokenKind.String, start, _position - start, _text[(start + 1).._position]));
            return;
        }
        _position++;
        _tokens.Add(new Token(TokenKind.String, start, _position - start, _text[(start + 1)..(_position - 1)]));
    }

    private void LexPunctuation(char c)
    {
        var (kind, length) = c switch
        {
            '{' => (TokenKind.LeftBrace, 1),
            '}' => (TokenKind.RightBrace, 1),
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            ',' => (TokenKind.Comma, 1),
            '+' => (TokenKind.Plus, 1),
            '-' when Peek(1) == '>' => (TokenKind.Arrow, 2),
            '-' => (TokenKind.Minus, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '^' => (TokenKind.Caret, 1),
            '=' when Peek(1) == '=' => (TokenKind.EqualsEquals, 2),
            '=' => (TokenKind.Equals, 1),
            '!' when Peek(1) == '=' => (TokenKind.BangEquals, 2),
            '!' => (TokenKind.Bang, 1),
            '<' when Peek(1) == '-' && Peek(2) == '>' => (TokenKind.ReactionArrow, 3),
            '<' when Peek(1) == '=' => (TokenKind.LessEquals, 2),
            '<' when Peek(1) == '<' => (TokenKind.LessLess, 2),
            '<' => (TokenKind.Less, 1),
            '>' when Peek(1) == '=' => (TokenKind.GreaterEquals, 2),
            '>' => (TokenKind.Greater, 1),
            '&' when Peek(1) == '&' => (TokenKind.AmpersandAmpersand, 2),
            '|' when Peek(1) == '|' => (TokenKind.BarBar, 2),
            '~' => (TokenKind.Tilde, 1),
            _ => (TokenKind.Bad, char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1),
        };
        var text = kind == TokenKind.Bad ? _text.Substring(_position, length) : PunctuationText(kind);
        _tokens.Add(new Token(kind, _position, length, text));
        _position += length;
    }

    private static string PunctuationText(TokenKind kind) => kind switch
    {
        TokenKind.LeftBrace => "{",
        TokenKind.RightBrace => "}",
        TokenKind.LeftParen => "(",
        TokenKind.RightParen => ")",
        TokenKind.LeftBracket => "[",
        TokenKind.RightBracket => "]",
        TokenKind.Comma => ",",
        TokenKind.Plus => "+",
        TokenKind.Arrow => "->",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Caret => "^",
        TokenKind.EqualsEquals => "==",
        TokenKind.Equals => "=",
        TokenKind.BangEquals => "!=",
        TokenKind.Bang => "!",
        TokenKind.ReactionArrow => "<->",
        TokenKind.LessEquals => "<=",
        TokenKind.LessLess => "<<",
        TokenKind.Less => "<",
        TokenKind.GreaterEquals => ">=",
        TokenKind.Greater => ">",
        TokenKind.AmpersandAmpersand => "&&",
        TokenKind.BarBar => "||",
        _ => "~",
    };
}
