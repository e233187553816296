namespace Nmodl.Parser.Lexing;

public enum TokenKind
{
    EndOfFile,
    /// <summary>A character the language has no use for; reported when the parser meets it.</summary>
    Bad,
    Identifier,
    /// <summary>A derivative name such as <c>m'</c>; the token text is the base name.</summary>
    Prime,
    Number,
    String,
    /// <summary>The raw text between VERBATIM and ENDVERBATIM.</summary>
    Verbatim,
    /// <summary>The rest of the line after TITLE.</summary>
    TitleText,
    /// <summary>An ontology id after REPRESENTS, e.g. <c>NCIT:C17145</c> or <c>[CHEBI:29101]</c>.</summary>
    Ontology,
    LeftBrace,
    RightBrace,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    Equals,
    EqualsEquals,
    BangEquals,
    Less,
    LessEquals,
    Greater,
    GreaterEquals,
    AmpersandAmpersand,
    BarBar,
    Bang,
    Tilde,
    /// <summary><c>&lt;-&gt;</c>, a reversible reaction.</summary>
    ReactionArrow,
    /// <summary><c>&lt;&lt;</c>, a flux into a species.</summary>
    LessLess,
    /// <summary><c>-&gt;</c>, a one-way reaction or a unit conversion in UNITS.</summary>
    Arrow,
}
