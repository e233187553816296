namespace Nrn.Runtime.Tests.Vectors;

/// <summary>vec.printf against the text NEURON 8.2.2 printed for the same vectors and formats.</summary>
public sealed class VectorPrintfTests
{
    private static readonly Dictionary<string, double[]> Samples = new()
    {
        ["range5"] = Vector.Range(0, 5).ToArray(),
        ["range10"] = Vector.Range(0, 10).ToArray(),
        ["range23"] = Vector.Range(0, 23).ToArray(),
        ["empty"] = [],
        ["mixed"] = [0.1, 1e-7, 123456789.0, -2.5, 1e20, 0.000123456789, 3.14159265358979],
        ["ties"] = [1234565.0, 0.5, 2.5, 1e100, 5e-324, 123456.5, -0.0, 100000.0, 1000000.0, 0.0001, 0.00001],
    };

    [Theory]
    [InlineData("range5")]
    [InlineData("range10")]
    [InlineData("range23")]
    [InlineData("empty")]
    [InlineData("mixed")]
    [InlineData("ties")]
    public void DefaultFormatIsNeuronsText(string sample)
    {
        var expected = VectorGolden.Root.GetProperty("printf").GetProperty(sample).GetString();
        Assert.Equal(expected, new Vector(Samples[sample]).Printf());
    }

    [Theory]
    [InlineData("%5.2f,", new double[] { 0, 1, 2, 3, 4, 5, 6 })]
    [InlineData("%g\\n", new[] { 0.5, -1e-10, 2.5 })]
    [InlineData("[%-9.3e]", new[] { 123.456, -0.0015 })]
    [InlineData("%08.3f|", new[] { 3.14159, -2.5 })]
    [InlineData("%+.0f ", new[] { 0.5, 1.5, 2.5, -3.5 })]
    public void GivenFormatsAreNeuronsText(string key, double[] values)
    {
        var expected = VectorGolden.Root.GetProperty("printf_format").GetProperty(key).GetString();
        Assert.Equal(expected, new Vector(values).Printf(key.Replace("\\n", "\n")));
    }

    [Fact]
    public void ARangeOfElementsIsNeuronsText()
    {
        Assert.Equal(VectorGolden.Root.GetProperty("printf_range").GetString(), Vector.Range(0, 7).Printf("%g ", 2, 4));
    }

    [Fact]
    public void FormatsMatchCsPrintfConventions()
    {
        // glibc prints a NaN's sign bit; .NET's double.NaN has it set, Python's float('nan') has not.
        var positiveNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000);
        var v = new Vector([positiveNaN, double.NaN, double.NegativeInfinity, 0.0, 9.9999996, 1e-5]);
        Assert.Equal("nan|-nan|-inf|0|10|1e-05|", v.Printf("%g|"));
        Assert.Equal("  NAN| -INF|0.000E+00|1.000E+01|1.000E-05|", string.Concat(
            new Vector([positiveNaN, double.NegativeInfinity]).Printf("%5G|"), new Vector([0.0, 9.9999996, 1e-5]).Printf("%.3E|")));
        Assert.Equal("10.0000|", new Vector([9.99999996]).Printf("%#g|"));
        Assert.Equal("100%: 0.1\n", new Vector([0.1]).Printf("100%%: %g\n"));
        Assert.Equal("x", new Vector([1.0]).Printf("x"));
        Assert.Equal("3.250000 ", new Vector([3.25]).Printf("%lf "));
    }

    [Fact]
    public void BadFormatsAndRangesAreRefusedWithThePlace()
    {
        var v = Vector.Range(0, 3);
        Assert.Contains("\"%d\" converts with 'd'", Assert.Throws<ArgumentException>(() => v.Printf("%d")).Message);
        Assert.Contains("second conversion", Assert.Throws<ArgumentException>(() => v.Printf("%g %g")).Message);
        Assert.Contains("ends inside a conversion", Assert.Throws<ArgumentException>(() => v.Printf("%5.")).Message);
        Assert.Contains("elements 1..5 are not within 0..2", Assert.Throws<ArgumentOutOfRangeException>(() => v.Printf("%g", 1, 5)).Message);
        Assert.Contains("elements 2..1", Assert.Throws<ArgumentOutOfRangeException>(() => v.Printf("%g", 2, 1)).Message);
        Assert.Equal("", new Vector().Printf("%g"));
    }

    [Fact]
    public void EveryConversionMatchesGlibcOnDoublesOfEveryMagnitude()
    {
        var golden = VectorGolden.Root.GetProperty("glibc_printf");
        var values = golden.GetProperty("values").EnumerateArray()
            .Select(e => double.Parse(e.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var mismatches = new List<string>();
        foreach (var format in golden.GetProperty("formats").EnumerateObject())
        {
            var expected = format.Value.EnumerateArray().Select(e => e.GetString()).ToArray();
            for (var i = 0; i < values.Length; i++)
            {
                var actual = new Vector([values[i]]).Printf(format.Name);
                if (actual != expected[i]) mismatches.Add($"{format.Name} of {values[i]:R}: \"{actual}\", glibc \"{expected[i]}\"");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }
}
