using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Tests.Lexing;

public class LexerTests
{
    private static Token[] Lex(string text, DiagnosticBag? bag = null) =>
        [.. Lexer.Tokenize(new SourceText("l.mod", text), bag ?? new DiagnosticBag())];

    [Fact]
    public void OperatorsAreLongestMatch()
    {
        var kinds = Lex("<-> << -> <= >= == != && || < > = ! ~ ^").Select(t => t.Kind);
        Assert.Equal(
            [
                TokenKind.ReactionArrow, TokenKind.LessLess, TokenKind.Arrow, TokenKind.LessEquals, TokenKind.GreaterEquals,
                TokenKind.EqualsEquals, TokenKind.BangEquals, TokenKind.AmpersandAmpersand, TokenKind.BarBar, TokenKind.Less,
                TokenKind.Greater, TokenKind.Equals, TokenKind.Bang, TokenKind.Tilde, TokenKind.Caret, TokenKind.EndOfFile,
            ],
            kinds);
    }

    [Fact]
    public void LessThanNegativeIsNotAnArrow()
    {
        Assert.Equal([TokenKind.Identifier, TokenKind.Less, TokenKind.Minus, TokenKind.Number, TokenKind.EndOfFile], Lex("x<-1").Select(t => t.Kind));
    }

    [Fact]
    public void PrimesCountApostrophes()
    {
        var tokens = Lex("m' x''");
        Assert.Equal((TokenKind.Prime, "m", 1), (tokens[0].Kind, tokens[0].Text, tokens[0].Primes));
        Assert.Equal(("x", 2, 3), (tokens[1].Text, tokens[1].Primes, tokens[1].Length));
    }

    [Fact]
    public void CommentsAreSkippedAndVerbatimKept()
    {
        var tokens = Lex("a : one\nb ? two\nCOMMENT c d\nENDCOMMENT\ne VERBATIM f\n ENDVERBATIM\ng");
        Assert.Equal(["a", "b", "e", " f\n", "g", ""], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Verbatim, tokens[3].Kind);
    }

    /// <summary>As nocmodl: the terminator counts only as the first word of a line, and the rest of its line is dropped.</summary>
    [Fact]
    public void RawBlocksEndAtALineStartingWithTheirTerminator()
    {
        var tokens = Lex("VERBATIM x(); /* ENDVERBATIM */\n\tENDVERBATIM y z\nCOMMENT ENDCOMMENT w\nq");
        Assert.Equal([" x(); /* ENDVERBATIM */\n", "q", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void CommentKeywordMustBeAWholeWord()
    {
        var tokens = Lex("COMMENTS ENDCOMMENTX");
        Assert.Equal(["COMMENTS", "ENDCOMMENTX", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void NumberFollowedByNameSplits()
    {
        var tokens = Lex("2ca 1e3x 1.e2");
        Assert.Equal(["2", "ca", "1e3", "x", "1.e2", ""], tokens.Select(t => t.Text));
    }

    [Fact]
    public void TitleTakesTheRestOfTheLine()
    {
        var tokens = Lex("TITLE  a: b { c  \nNEURON");
        Assert.Equal((TokenKind.TitleText, "a: b { c"), (tokens[1].Kind, tokens[1].Text));
        Assert.Equal("NEURON", tokens[2].Text);
    }

    [Fact]
    public void TitleStopsAtAnExclamationMarkAsInNocmodl()
    {
        var tokens = Lex("TITLE kdr channel ! after the mark\nNEURON");
        Assert.Equal(("kdr channel", 11), (tokens[1].Text, tokens[1].Length));
        Assert.Equal("NEURON", tokens[2].Text);
    }

    [Fact]
    public void UnknownCharactersBecomeBadTokensWithoutDiagnostics()
    {
        var bag = new DiagnosticBag();
        var tokens = Lex("a $ @ b", bag);
        Assert.Equal([TokenKind.Identifier, TokenKind.Bad, TokenKind.Bad, TokenKind.Identifier, TokenKind.EndOfFile], tokens.Select(t => t.Kind));
        Assert.Equal(0, bag.Count);
    }
}
