using System.Globalization;

namespace Nmodl.Parser.Units;

/// <summary>A unit as a multiple of the base units: 1 (mV) is 0.001 m2-kg/sec2-coul.</summary>
public readonly record struct PhysicalUnit(double Factor, Dimension Dimension)
{
    public static PhysicalUnit One => new(1.0, Dimension.None);

    public bool IsConformableWith(PhysicalUnit other) => Dimension == other.Dimension;

    public override string ToString()
    {
        var factor = Factor.ToString("R", CultureInfo.InvariantCulture);
        return Dimension.IsNone ? factor : factor + " " + Dimension;
    }
}
