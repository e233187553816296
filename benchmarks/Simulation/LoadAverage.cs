using System.Globalization;

namespace WholeSimulation;

/// <summary>The 1-minute load average (Linux /proc/loadavg), NaN where there is none: other work on
/// the machine inflates wall times, so every figure is printed next to it.</summary>
public static class LoadAverage
{
    public static double OneMinute()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path)) return double.NaN;
        var first = File.ReadAllText(path).Split(' ')[0];
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }
}
