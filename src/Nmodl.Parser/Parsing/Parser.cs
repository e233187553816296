using System.Collections.Immutable;
using System.Globalization;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Parsing;

/// <summary>
/// Recursive-descent parser over the token list of one file. Each grammar rule is one method.
/// A syntax error is reported once, then <see cref="SyntaxError"/> unwinds to the nearest
/// statement or block, which skips ahead to a safe place and goes on, so one run reports
/// several errors. The exception never leaves this class.
/// </summary>
internal sealed partial class Parser
{
    private const int MaxNesting = 200;

    private readonly SourceText _source;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly Func<string, SourceSpan, ModFile?> _include;
    private readonly Dictionary<string, int> _defines = new(StringComparer.Ordinal);
    private int _index;
    private int _nesting;

    private Parser(SourceText source, IReadOnlyList<Token> tokens, DiagnosticBag diagnostics, Func<string, SourceSpan, ModFile?> include)
    {
        _source = source;
        _tokens = tokens;
        _diagnostics = diagnostics;
        _include = include;
    }

    /// <summary>
    /// Parses <paramref name="source"/>; INCLUDE names are handed to <paramref name="include"/>.
    /// With <paramref name="warnAboutVerbatim"/>, warns as nocmodl does when VERBATIM C appears
    /// in a file whose NEURON block does not say THREADSAFE.
    /// </summary>
    public static ModFile Parse(SourceText source, DiagnosticBag diagnostics, Func<string, SourceSpan, ModFile?> include, bool warnAboutVerbatim)
    {
        var tokens = Lexer.Tokenize(source, diagnostics);
        var file = new Parser(source, tokens, diagnostics, include).ParseModFile();
        if (warnAboutVerbatim) WarnAboutVerbatim(source, tokens, diagnostics);
        return file;
    }

    private static void WarnAboutVerbatim(SourceText source, IReadOnlyList<Token> tokens, DiagnosticBag diagnostics)
    {
        Token? verbatim = null;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Identifier && token.Text == "THREADSAFE") return;
            if (token.Kind == TokenKind.Verbatim) verbatim ??= token;
        }
        if (verbatim is { } first)
            diagnostics.Add(DiagnosticCode.VerbatimNotThreadSafe, source.Span(first.Offset, first.Length),
                "VERBATIM blocks are not thread safe (the NEURON block has no THREADSAFE)");
    }

    private sealed class SyntaxError : Exception;

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Previous => _tokens[Math.Max(_index - 1, 0)];

    private bool AtEnd => Current.Kind == TokenKind.EndOfFile;

    private Token Advance()
    {
        var token = Current;
        if (!AtEnd) _index++;
        return token;
    }

    private bool Is(TokenKind kind) => Current.Kind == kind;

    private bool IsWord(string word) => Current.Kind == TokenKind.Identifier && Current.Text == word;

    /// <summary>if, else and while may also be written IF, ELSE, WHILE (nocmodl lowers them).</summary>
    private bool IsLowerOrUpperWord(string lower) =>
        Current.Kind == TokenKind.Identifier && (Current.Text == lower || Current.Text == lower.ToUpperInvariant());

    private bool Accept(TokenKind kind)
    {
        if (!Is(kind)) return false;
        Advance();
        return true;
    }

    private bool AcceptWord(string word)
    {
        if (!IsWord(word)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string what) => Is(kind) ? Advance() : throw Unexpected(what);

    private Token ExpectWord(string word) => IsWord(word) ? Advance() : throw Unexpected(word);

    /// <summary>A name; NMODL keywords are reserved and cannot be declared or listed as names.</summary>
    private Identifier ExpectIdentifier(string what)
    {
        RejectKeyword(what);
        var token = Expect(TokenKind.Identifier, what);
        return new Identifier(SpanOf(token), token.Text);
    }

    private SourceSpan SpanOf(Token token) => _source.Span(token.Offset, token.Length);

    /// <summary>The span from <paramref name="first"/> to the last token consumed.</summary>
    private SourceSpan SpanFrom(Token first) =>
        _source.Span(first.Offset, Math.Max(Previous.End, first.End) - first.Offset);

    private SyntaxError Report(DiagnosticCode code, SourceSpan span, string message)
    {
        _diagnostics.Add(code, span, message);
        return new SyntaxError();
    }

    private SyntaxError Unexpected(string expected) => Report(UnexpectedCode(), SpanOf(Current), $"expected {expected}, found {Describe(Current)}");

    private DiagnosticCode UnexpectedCode() => Current.Kind == TokenKind.Bad ? DiagnosticCode.UnexpectedCharacter : DiagnosticCode.UnexpectedToken;

    private static string Describe(Token token) => token.Kind switch
    {
        TokenKind.EndOfFile => "end of file",
        TokenKind.Bad => $"character '{token.Text}' (U+{CodePoint(token.Text):X4})",
        TokenKind.Verbatim => "VERBATIM block",
        TokenKind.TitleText => "title text",
        TokenKind.String => $"string \"{token.Text}\"",
        TokenKind.Prime => $"'{token.Text}{new string('\'', token.Primes)}'",
        _ => $"'{token.Text}'",
    };

    /// <summary>The code point of a one-character token; a lone surrogate is reported as itself.</summary>
    private static int CodePoint(string text) =>
        text.Length == 2 && char.IsSurrogatePair(text[0], text[1]) ? char.ConvertToUtf32(text[0], text[1]) : text[0];

    private void EnterNesting()
    {
        if (++_nesting > MaxNesting)
            throw Report(DiagnosticCode.NestingTooDeep, SpanOf(Current), $"nesting deeper than {MaxNesting} levels");
    }

    private void LeaveNesting() => _nesting--;

    /// <summary>A plain decimal integer, as NMODL's INTEGER token: digits only.</summary>
    private static bool TryParseInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static double ParseDouble(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    /// <summary>A number with an optional leading minus, as in declarations: <c>-65</c>, <c>1e-3</c>.</summary>
    private NumberLiteral ParseSignedNumber(string what)
    {
        var first = Current;
        var negative = Accept(TokenKind.Minus);
        var number = Expect(TokenKind.Number, what);
        var text = (negative ? "-" : "") + number.Text;
        return new NumberLiteral(SpanFrom(first), text, ParseDouble(text));
    }

    /// <summary>A number without sign, where nocmodl's grammar says <c>real</c>: limits, tolerances, WATCH flags.</summary>
    private NumberLiteral ParseUnsignedNumber(string what)
    {
        var number = Expect(TokenKind.Number, what);
        return new NumberLiteral(SpanOf(number), number.Text, ParseDouble(number.Text));
    }

    /// <summary>An integer literal where nocmodl's grammar says <c>integer</c> (WITH of INDEPENDENT).</summary>
    private NumberLiteral ParseIntegerLiteral(string what)
    {
        var number = Expect(TokenKind.Number, what);
        if (!TryParseInteger(number.Text, out var value))
            throw Report(DiagnosticCode.InvalidNumber, SpanOf(number), $"expected {what}, not '{number.Text}'");
        return new NumberLiteral(SpanOf(number), number.Text, value);
    }

    /// <summary>A unit in parentheses; its text is everything up to ')' on the same line, as in nocmodl.</summary>
    private Unit ParseUnit()
    {
        var open = Expect(TokenKind.LeftParen, "'(' of a unit");
        var close = _index;
        while (_tokens[close].Kind is not (TokenKind.RightParen or TokenKind.EndOfFile)) close++;
        var closing = _tokens[close];
        var inside = _source.Text.AsSpan(open.End, Math.Max(0, closing.Offset - open.End));
        if (closing.Kind == TokenKind.EndOfFile || inside.ContainsAny('\n', '\r'))
            throw Report(DiagnosticCode.UnterminatedUnit, SpanOf(open), "unit has no closing ')' on its line");
        _index = close + 1;
        return new Unit(_source.Span(open.Offset, closing.End - open.Offset), inside.Trim().ToString());
    }

    private Unit? ParseOptionalUnit() => Is(TokenKind.LeftParen) ? ParseUnit() : null;

    /// <summary>An array size: a positive integer or a DEFINEd name.</summary>
    private int ParseArraySize()
    {
        Expect(TokenKind.LeftBracket, "'['");
        var token = Current;
        int size;
        if (Is(TokenKind.Identifier))
        {
            Advance();
            if (!_defines.TryGetValue(token.Text, out size))
                throw Report(DiagnosticCode.UnknownDefine, SpanOf(token), $"'{token.Text}' is not a DEFINEd integer");
        }
        else
        {
            Expect(TokenKind.Number, "array size");
            if (!TryParseInteger(token.Text, out size) || size < 1)
                throw Report(DiagnosticCode.InvalidArraySize, SpanOf(token), $"array size must be a positive integer, not '{token.Text}'");
        }
        Expect(TokenKind.RightBracket, "']'");
        return size;
    }

    private ImmutableArray<Identifier> ParseNameList(string what)
    {
        var names = ImmutableArray.CreateBuilder<Identifier>();
        names.Add(ExpectIdentifier(what));
        while (Accept(TokenKind.Comma)) names.Add(ExpectIdentifier(what));
        return names.ToImmutable();
    }
}
