namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>One C token with its spelling and its 1-based line and column in the C text.</summary>
public sealed record CToken(CTokenKind Kind, string Text, int Line, int Column)
{
    public bool Is(string punctuatorOrKeyword) =>
        (Kind == CTokenKind.Punctuator || Kind == CTokenKind.Identifier) && Text == punctuatorOrKeyword;

    public string Describe() => Kind switch
    {
        CTokenKind.EndOfFile => "end of block",
        CTokenKind.EndOfLine => "end of line",
        CTokenKind.StringLiteral => "string " + Text,
        _ => "'" + Text + "'",
    };
}
