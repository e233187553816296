using System.Globalization;

namespace Examples;

/// <summary>Numbers and lists printed as Python's <c>print</c> shows them, so an example's output reads
/// like the seed's: <c>[3.1750000000000114, 28.149999999998936]</c>, <c>150.0</c>.</summary>
internal static class PythonText
{
    /// <summary>Python's <c>repr(float)</c> for the values the seeds print (shortest round trip,
    /// integral values with <c>.0</c>).</summary>
    public static string Float(double x)
    {
        var text = x.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') || !double.IsFinite(x) ? text : text + ".0";
    }

    public static string List(IEnumerable<double> values) => $"[{string.Join(", ", values.Select(Float))}]";
}
