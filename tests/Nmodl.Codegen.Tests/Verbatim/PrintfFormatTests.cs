using System.Globalization;
using System.Text;
using Nrn.CLib;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>The printf helper against glibc's printf, conversion by conversion, on values chosen to hit rounding ties,
/// exponent boundaries of %g, denormals, signed zero, infinities, widths, precisions and flags.</summary>
public sealed class PrintfFormatTests(ITestOutputHelper output)
{
    private static readonly string[] RealFormats =
    [
        "%f", "%.0f", "%.1f", "%.2f", "%.3f", "%.10f", "%.20f", "%e", "%.0e", "%.3e", "%.16e", "%E", "%g", "%.0g", "%.1g", "%.3g",
        "%.10g", "%.17g", "%G", "%#g", "%#.0f", "%#.0e", "%+g", "% g", "%10.3f", "%-10.3f|", "%010.3f", "%+010.2e", "%12g", "%-12g|",
        "%012g", "%5.2f", "%.*f", "%*.*g",
    ];

    private static readonly double[] RealValues =
    [
        0, -0.0, 1, -1, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 0.1, 0.3, 1.0 / 3, 2.0 / 3, 123456, 1234567, 0.0001, 0.00001234567,
        99999.95, 999999.5, 9.9999995, 1e15, 1e16, 1e17, 1e22, 1e100, 1.7976931348623157e308, 2.2250738585072014e-308,
        4.9406564584124654e-324, 6.02214076e23, -273.15, 96485.33212, double.PositiveInfinity, double.NegativeInfinity, 5e-5, 0.00015,
    ];

    private static readonly string[] IntegerFormats =
    [
        "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%.0d", "%8.3d", "%i", "%u", "%x", "%X", "%#x", "%o", "%#o", "%c", "%3c",
    ];

    private static readonly int[] IntegerValues = [0, 1, -1, 42, -42, 65, 255, 1000000, int.MaxValue, int.MinValue];

    [Fact]
    public void RealConversionsMatchGlibc() => Compare(RealCases());

    [Fact]
    public void IntegerConversionsMatchGlibc() => Compare(IntegerCases());

    [Fact]
    public void LongStringAndPercentConversionsMatchGlibc() => Compare(
    [
        ("%ld", "9223372036854775807L", [9223372036854775807L]),
        ("%ld", "(-9223372036854775807L - 1)", [long.MinValue]),
        ("%lu", "18446744073709551615UL", [ulong.MaxValue]),
        ("%lx", "18446744073709551615UL", [ulong.MaxValue]),
        ("%hd", "70000", [70000]),
        ("%hhu", "300", [300]),
        ("%s|%10s|%-10s|%.2s", "\"soma\", \"dend\", \"axon\", \"apical\"", ["soma", "dend", "axon", "apical"]),
        ("100%% done %d%%", "7", [7]),
        ("%5.1f%%", "99.44", [99.44]),
    ]);

    private static List<(string Format, string CArguments, CFormatArgument[] Arguments)> RealCases()
    {
        var cases = new List<(string, string, CFormatArgument[])>();
        foreach (var format in RealFormats)
        {
            foreach (var value in RealValues)
            {
                var literal = CLiteral(value);
                cases.Add(format switch
                {
                    "%.*f" => (format, "4, " + literal, [4, value]),
                    "%*.*g" => (format, "14, 5, " + literal, [14, 5, value]),
                    _ => (format, literal, [value]),
                });
            }
        }
        return cases;
    }

    private static List<(string Format, string CArguments, CFormatArgument[] Arguments)> IntegerCases()
    {
        var cases = new List<(string, string, CFormatArgument[])>();
        foreach (var format in IntegerFormats)
        {
            foreach (var value in IntegerValues)
            {
                if (format.EndsWith('c') && value is < 32 or > 126)
                {
                    continue;
                }
                var literal = value == int.MinValue ? "(-2147483647 - 1)" : value.ToString(CultureInfo.InvariantCulture);
                cases.Add((format, literal, [value]));
            }
        }
        return cases;
    }

    private static string CLiteral(double value) => value switch
    {
        double.PositiveInfinity => "(1.0 / 0.0)",
        double.NegativeInfinity => "(-1.0 / 0.0)",
        _ when value == 0 && double.IsNegative(value) => "(-0.0)",
        _ => RealLiteral(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    /// <summary>A C double literal: "1" would be an int, which printf's %f must not receive.</summary>
    private static string RealLiteral(string text) => text.Contains('.') || text.Contains('E') ? text : text + ".0";

    private void Compare(List<(string Format, string CArguments, CFormatArgument[] Arguments)> cases)
    {
        var c = new StringBuilder("int main(void) {\n");
        foreach (var (format, arguments, _) in cases)
        {
            c.Append($"    printf(\"{format}\\n\", {arguments});\n");
        }
        c.Append("    return 0;\n}\n");
        var ours = cases.Select(t => CFormat.Format(t.Format, t.Arguments)).ToList();
        if (!GccProgram.Available)
        {
            output.WriteLine("SKIPPED the comparison with glibc: no gcc on PATH.");
            return;
        }
        var glibc = GccProgram.Run(c.ToString()).Output.Split('\n');
        var mismatches = cases.Select((t, i) => (t, i)).Where(x => glibc[x.i] != ours[x.i])
            .Select(x => $"printf(\"{x.t.Format}\", {x.t.CArguments}): glibc \"{glibc[x.i]}\", ours \"{ours[x.i]}\"").ToList();
        output.WriteLine($"{cases.Count} conversions compared");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }
}
