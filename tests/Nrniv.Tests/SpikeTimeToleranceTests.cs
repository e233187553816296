using System.Globalization;
using Nrniv.Compare;

namespace Nrniv.Tests;

/// <summary>Spike times are compared with their own absolute tolerance, <c>--ttol</c> (ms), not
/// with the value rule: a relative tolerance would accept larger shifts for later spikes.</summary>
public sealed class SpikeTimeToleranceTests
{
    [Theory]
    [InlineData(5e-7, true)]
    [InlineData(2e-6, false)]
    public void The_default_spike_time_tolerance_is_a_microsecond_thousandth(double shift, bool passes)
    {
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        using var b = Shifted(shift, row: 9);
        var spikes = SpikeColumnOf(TraceComparison.Compare(a.Path, b.Path, Tolerance.Default));
        Assert.Equal(passes, spikes.Passed);
    }

    [Fact]
    public void A_late_spike_shifted_within_the_relative_value_tolerance_still_fails()
    {
        // 45 ms + 2e-5 ms is within rtol = 1e-6 of 45 ms (4.4e-7 relative) but 20 times ttol.
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        using var b = Shifted(2e-5, row: 9);
        var spikes = SpikeColumnOf(TraceComparison.Compare(a.Path, b.Path, Tolerance.Default));
        Assert.False(spikes.Passed);
        Assert.Equal(7, spikes.First!.Index);
    }

    [Fact]
    public void The_command_line_ttol_is_used_and_printed()
    {
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        using var b = Shifted(2e-5, row: 9);
        Assert.Equal(1, CliRun.Of("compare", a.Path, b.Path).ExitCode);
        var run = CliRun.Of("compare", a.Path, b.Path, "--ttol", "1e-4");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("spike times |ta-tb| <= 0.0001 ms", run.Output);
    }

    [Fact]
    public void A_negative_ttol_exits_2_naming_it()
    {
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        var run = CliRun.Of("compare", a.Path, a.Path, "--ttol", "-1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ttol=-1", Assert.Single(run.ErrorLines));
    }

    private static TraceFolder Shifted(double shift, int row)
    {
        var b = TraceFolder.CopyOfGolden("demo/IntervalFire");
        var original = double.Parse(b.Lines("spikes.csv")[row - 1], CultureInfo.InvariantCulture);
        b.SetField("spikes.csv", row, 0, (original + shift).ToString("R", CultureInfo.InvariantCulture));
        return b;
    }

    private static SpikeColumn SpikeColumnOf(ComparisonReport report) =>
        Assert.IsType<SpikeColumn>(Assert.Single(report.Files.Single(f => f.File == "spikes.csv").Columns));
}
