namespace Nrn.CLib;

/// <summary>One argument of a translated printf call, kept as C passes it through '...': integers
/// widened to 64 bits with their signedness, float promoted to double, strings as they are.</summary>
public readonly struct CFormatArgument
{
    private CFormatArgument(CFormatArgumentKind kind, long integer, double real, string? text)
    {
        Kind = kind;
        Integer = integer;
        Real = real;
        Text = text;
    }

    public CFormatArgumentKind Kind { get; }

    /// <summary>The bits of an integer argument (unsigned values are stored bit for bit).</summary>
    public long Integer { get; }

    public double Real { get; }

    public string? Text { get; }

    public static implicit operator CFormatArgument(int value) => new(CFormatArgumentKind.Signed, value, 0, null);

    public static implicit operator CFormatArgument(long value) => new(CFormatArgumentKind.Signed, value, 0, null);

    public static implicit operator CFormatArgument(uint value) => new(CFormatArgumentKind.Unsigned, value, 0, null);

    public static implicit operator CFormatArgument(ulong value) => new(CFormatArgumentKind.Unsigned, unchecked((long)value), 0, null);

    public static implicit operator CFormatArgument(double value) => new(CFormatArgumentKind.Real, 0, value, null);

    public static implicit operator CFormatArgument(string? value) => new(CFormatArgumentKind.Text, 0, 0, value);
}

public enum CFormatArgumentKind
{
    Signed,
    Unsigned,
    Real,
    Text,
}
