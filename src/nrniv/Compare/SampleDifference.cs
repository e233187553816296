namespace Nrniv.Compare;

/// <summary>Absolute and relative difference of two samples.</summary>
/// <remarks>
/// Two missing or NaN samples agree, as do two equal infinities; a non-finite sample against
/// anything else differs infinitely. The relative difference of two zeros is 0.
/// </remarks>
public readonly record struct SampleDifference(double Absolute, double Relative)
{
    public static SampleDifference Of(double a, double b)
    {
        if (a.Equals(b))
        {
            return new SampleDifference(0, 0);
        }
        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            return new SampleDifference(double.PositiveInfinity, double.PositiveInfinity);
        }
        double absolute = Math.Abs(a - b);
        return new SampleDifference(absolute, absolute / Math.Max(Math.Abs(a), Math.Abs(b)));
    }
}
