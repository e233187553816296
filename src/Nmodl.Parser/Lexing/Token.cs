namespace Nmodl.Parser.Lexing;

/// <summary>
/// One token: its kind, where it is (character offset and length in the file) and its text
/// (for a prime, the base name; for VERBATIM and TITLE, the raw text). <see cref="Primes"/>
/// counts the apostrophes of a derivative name.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Offset, int Length, string Text, int Primes = 0)
{
    public int End => Offset + Length;
}
