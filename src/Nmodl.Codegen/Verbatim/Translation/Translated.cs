using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>A C expression turned into C#: the code, its C type, how C# holds it and the C# precedence of its
/// outermost operator (so that parentheses are added only where needed).</summary>
internal sealed record Translated(string Code, CType Type, int Precedence, CSharpForm Form = CSharpForm.Value, bool Failed = false)
{
    public const int Assignment = 2;
    public const int Conditional = 3;
    public const int LogicalOr = 4;
    public const int LogicalAnd = 5;
    public const int BitOr = 6;
    public const int BitXor = 7;
    public const int BitAnd = 8;
    public const int Equality = 9;
    public const int Relational = 10;
    public const int Shift = 11;
    public const int Additive = 12;
    public const int Multiplicative = 13;
    public const int Unary = 14;
    public const int Primary = 16;

    public static Translated Error { get; } = new("default", CType.Int, Primary, Failed: true);

    /// <summary>For a POINTER's <c>_p_name</c>: the C# test of a setpointer connection (<see cref="VerbatimName.Connected"/>).</summary>
    public string? Connected { get; init; }

    /// <summary>The code, parenthesised when its operator binds looser than <paramref name="minimum"/>.</summary>
    public string At(int minimum) => Precedence < minimum ? "(" + Code + ")" : Code;

    public static int OfBinary(string op) => op switch
    {
        "||" => LogicalOr,
        "&&" => LogicalAnd,
        "|" => BitOr,
        "^" => BitXor,
        "&" => BitAnd,
        "==" or "!=" => Equality,
        "<" or ">" or "<=" or ">=" => Relational,
        "<<" or ">>" => Shift,
        "+" or "-" => Additive,
        _ => Multiplicative,
    };
}
