namespace HodgkinHuxley;

/// <summary>Axis limits and tick positions as matplotlib's defaults choose them for a line plot:
/// the data range widened by 5% on each side (<c>axes.xmargin</c>), ticks from <c>AutoLocator</c>
/// (MaxNLocator with steps 1, 2, 2.5, 5, 10 and at most 9 intervals), so the SVG reads like the
/// seed's <c>pyplot.plot(t, v)</c>.</summary>
internal static class MatplotlibTicks
{
    private static readonly double[] ExtendedSteps = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20];

    public static (double Min, double Max) Limits(double dataMin, double dataMax)
    {
        var margin = (dataMax - dataMin) * 0.05;
        return (dataMin - margin, dataMax + margin);
    }

    /// <summary>The ticks inside [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="bins"/>
    /// is the axis's tick space (9 for both axes of the default 6.4 x 4.8 inch figure).</summary>
    public static double[] Ticks(double min, double max, int bins = 9)
    {
        var (scale, offset) = ScaleRange(min, max, bins);
        var (low, high) = (min - offset, max - offset);
        var rawStep = (high - low) / bins;
        var ticks = Array.Empty<double>();
        var largest = Array.FindIndex(ExtendedSteps, s => s * scale >= rawStep);
        for (var i = largest; i >= 0; i--)
        {
            var step = ExtendedSteps[i] * scale;
            var best = Math.Floor(low / step) * step;
            var first = LessOrEqual(low - best, step, offset);
            var last = GreaterOrEqual(high - best, step, offset);
            ticks = [.. Enumerable.Range(0, (int)(last - first) + 1).Select(k => (first + k) * step + best)];
            if (ticks.Count(t => t >= low && t <= high) >= 2) break;
        }
        return [.. ticks.Select(t => t + offset).Where(t => t >= min && t <= max)];
    }

    private static (double Scale, double Offset) ScaleRange(double min, double max, int bins)
    {
        var range = Math.Abs(max - min);
        var mean = (max + min) / 2;
        var offset = Math.Abs(mean) / range < 100 ? 0 : Math.CopySign(Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(mean)))), mean);
        return (Math.Pow(10, Math.Floor(Math.Log10(range / bins))), offset);
    }

    private static double Tolerance(double step, double offset) =>
        offset > 0 ? Math.Min(0.4999, Math.Max(1e-10, Math.Pow(10, Math.Log10(offset / step) - 12))) : 1e-10;

    private static double LessOrEqual(double x, double step, double offset)
    {
        var (d, m) = (Math.Floor(x / step), x - Math.Floor(x / step) * step);
        return Math.Abs(m / step - 1) < Tolerance(step, offset) ? d + 1 : d;
    }

    private static double GreaterOrEqual(double x, double step, double offset)
    {
        var (d, m) = (Math.Floor(x / step), x - Math.Floor(x / step) * step);
        return Math.Abs(m / step) < Tolerance(step, offset) ? d : d + 1;
    }

    /// <summary>Tick labels as matplotlib's ScalarFormatter writes them: as few decimals as the
    /// ticks need, all with the same number, and a true minus sign (U+2212).</summary>
    public static string[] Labels(double[] ticks)
    {
        var decimals = Enumerable.Range(0, 10).First(d => ticks.All(t => Math.Abs(Math.Round(t, d) - t) < 1e-9 * Math.Max(1, Math.Abs(t))));
        return [.. ticks.Select(t => (Math.Round(t, decimals) == 0 ? 0 : t).ToString($"F{decimals}", System.Globalization.CultureInfo.InvariantCulture).Replace('-', '\u2212'))];
    }
}
