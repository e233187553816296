using System.Text;

namespace Nmodl.Parser.Units;

/// <summary>An exponent for each <see cref="BaseDimension"/>, e.g. volt = m2-kg/sec2-coul.</summary>
public readonly struct Dimension : IEquatable<Dimension>
{
    private static readonly string[] Symbols = ["m", "kg", "sec", "coul", "candela", "dollar", "bit", "erlang", "K"];

    private readonly int[]? exponents;

    private Dimension(int[] exponents) => this.exponents = exponents;

    /// <summary>The dimension of a pure number.</summary>
    public static Dimension None => default;

    public static int Count => Symbols.Length;

    public static Dimension Of(BaseDimension baseDimension)
    {
        var exponents = new int[Count];
        exponents[(int)baseDimension] = 1;
        return new Dimension(exponents);
    }

    /// <summary>The symbol NEURON prints for a base dimension ("sec", "coul", ...).</summary>
    public static string SymbolOf(BaseDimension baseDimension) => Symbols[(int)baseDimension];

    public int this[BaseDimension baseDimension] => exponents is null ? 0 : exponents[(int)baseDimension];

    public bool IsNone => exponents is null || Array.TrueForAll(exponents, e => e == 0);

    public Dimension Times(Dimension other) => Combine(other, +1);

    public Dimension Over(Dimension other) => Combine(other, -1);

    private Dimension Combine(Dimension other, int sign)
    {
        var result = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            result[i] = this[(BaseDimension)i] + sign * other[(BaseDimension)i];
        }
        return new Dimension(result);
    }

    public bool Equals(Dimension other)
    {
        for (var i = 0; i < Count; i++)
        {
            if (this[(BaseDimension)i] != other[(BaseDimension)i])
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is Dimension other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < Count; i++)
        {
            hash.Add(this[(BaseDimension)i]);
        }
        return hash.ToHashCode();
    }

    public static bool operator ==(Dimension left, Dimension right) => left.Equals(right);

    public static bool operator !=(Dimension left, Dimension right) => !left.Equals(right);

    /// <summary>NEURON's notation: positive powers joined by '-', then '/' and the negative ones ("m2-kg/sec3-coul").</summary>
    public override string ToString()
    {
        var numerator = Join(sign: +1);
        var denominator = Join(sign: -1);
        return denominator.Length == 0 ? numerator : numerator + "/" + denominator;
    }

    private string Join(int sign)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            var power = sign * this[(BaseDimension)i];
            if (power <= 0)
            {
                continue;
            }
            if (text.Length > 0)
            {
                text.Append('-');
            }
            text.Append(Symbols[i]);
            if (power > 1)
            {
                text.Append(power);
            }
        }
        return text.ToString();
    }
}
