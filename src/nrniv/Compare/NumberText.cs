using System.Globalization;

namespace Nrniv.Compare;

/// <summary>Numbers in messages and tables, written the way NEURON's printf output writes them (1e-06, nan, inf).</summary>
public static class NumberText
{
    public static string Of(double x, string format = "R")
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        return x.ToString(format, CultureInfo.InvariantCulture).Replace('E', 'e');
    }
}
