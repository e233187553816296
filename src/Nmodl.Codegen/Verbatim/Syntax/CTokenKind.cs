namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>The kinds of C tokens; punctuators carry their spelling in <see cref="CToken.Text"/>.</summary>
public enum CTokenKind
{
    Identifier,
    IntegerLiteral,
    FloatLiteral,
    CharLiteral,
    StringLiteral,
    Punctuator,
    /// <summary>A '#' that starts a preprocessor directive line.</summary>
    Directive,
    EndOfLine,
    EndOfFile,
}
