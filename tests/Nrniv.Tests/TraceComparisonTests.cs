using System.Globalization;
using Nrniv.Compare;

namespace Nrniv.Tests;

/// <summary>
/// The comparison on NEURON's own traces (committed golden folders), with known perturbations
/// applied to a copy, so every expected number follows from the perturbation itself.
/// </summary>
public sealed class TraceComparisonTests
{
    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("demo/HHk")]
    [InlineData("demo/cachan")]
    [InlineData("demo/IntervalFire")]
    [InlineData("builtins/NetStim/standard")]
    public void Identical_NEURON_folders_agree_in_every_column(string golden)
    {
        using var a = TraceFolder.CopyOfGolden(golden);
        using var b = TraceFolder.CopyOfGolden(golden);
        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);
        Assert.True(report.Passed);
        Assert.NotEmpty(report.Files);
        int headerColumns = Directory.EnumerateFiles(a.Path, "*.csv")
            .Select(f => File.ReadLines(f).First().Split(','))
            .Sum(names => names.Length - (names[0] == "t" ? 1 : 0));
        Assert.Equal(headerColumns, report.ColumnCount);
        Assert.All(report.Files.SelectMany(f => f.Columns).OfType<SampledColumn>(), c => Assert.Equal(0, c.MaxAbsolute));
    }

    [Fact]
    public void A_value_perturbed_beyond_tolerance_fails_that_file_and_column_at_its_time()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        const int line = 153;
        double t = Parse(b.Lines("iclamp_2.csv")[line - 1].Split(',')[0]);
        double n = Parse(b.SetField("iclamp_2.csv", line, "n", "0.5"));
        double later = Parse(b.SetField("iclamp_2.csv", line + 200, "n", "0.6"));

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        Assert.False(report.Passed);
        Assert.True(report.Files.Single(f => f.File == "iclamp_1.csv").Passed);
        var file = report.Files.Single(f => f.File == "iclamp_2.csv");
        var failed = Assert.Single(file.Columns, c => !c.Passed);
        var column = Assert.IsType<SampledColumn>(failed);
        Assert.Equal("n", column.Column);
        Assert.Equal(2, column.RowsBeyondTolerance);
        Assert.Equal(new Exceedance(t, n, 0.5), column.First);
        Assert.Equal(Math.Max(Math.Abs(0.5 - n), Math.Abs(0.6 - later)), column.MaxAbsolute, 12);
        Assert.Equal(Math.Max(Math.Abs(0.5 - n) / Math.Max(0.5, Math.Abs(n)), Math.Abs(0.6 - later) / Math.Max(0.6, Math.Abs(later))),
            column.MaxRelative, 12);
    }

    [Fact]
    public void A_change_in_the_tenth_significant_digit_is_within_the_default_relative_tolerance()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        b.SetField("iclamp_1.csv", 2, "ki", "54.40000001");

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        Assert.True(report.Passed);
        var ki = report.Files.Single(f => f.File == "iclamp_1.csv").Columns.OfType<SampledColumn>().Single(c => c.Column == "ki");
        Assert.Equal(1e-8, ki.MaxAbsolute, 1e-12);
        Assert.Equal(1e-8 / 54.40000001, ki.MaxRelative, 1e-15);
    }

    [Fact]
    public void A_tiny_absolute_difference_near_zero_passes_by_vtol_although_its_relative_difference_is_large()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        Assert.Equal("0", b.SetField("iclamp_1.csv", 2, "ic_i", "1e-9"));

        var strict = TraceComparison.Compare(a.Path, b.Path, new Tolerance(0, 1e-6));
        var report = TraceComparison.Compare(a.Path, b.Path, new Tolerance(1e-6, 1e-6));

        Assert.False(strict.Passed);
        Assert.True(report.Passed);
        var ic = report.Files.Single(f => f.File == "iclamp_1.csv").Columns.OfType<SampledColumn>().Single(c => c.Column == "ic_i");
        Assert.Equal(1.0, ic.MaxRelative);
    }

    [Fact]
    public void Repeated_column_names_are_matched_by_occurrence_and_the_second_is_reported_as_such()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        int secondIk = Array.LastIndexOf(b.Lines("iclamp_1.csv")[0].Split(','), "ik");
        b.SetField("iclamp_1.csv", 500, secondIk, "7");

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        var failed = Assert.Single(report.Files.SelectMany(f => f.Columns), c => !c.Passed);
        Assert.Equal("ik#2", failed.Column);
    }

    [Fact]
    public void A_column_present_in_one_folder_only_is_a_failure_naming_the_folder()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        int ek = Array.IndexOf(b.Lines("iclamp_1.csv")[0].Split(','), "ek");
        b.DropColumn("iclamp_1.csv", ek);

        var forward = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);
        var backward = TraceComparison.Compare(b.Path, a.Path, Tolerance.Default);

        Assert.False(forward.Passed);
        Assert.Equal(new MissingColumn("ek", ComparedSide.A), Assert.Single(forward.Files.SelectMany(f => f.Columns), c => !c.Passed));
        Assert.Equal(new MissingColumn("ek", ComparedSide.B), Assert.Single(backward.Files.SelectMany(f => f.Columns), c => !c.Passed));
    }

    [Fact]
    public void A_file_present_in_one_folder_only_is_a_failure()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        b.With("extra.csv", "t,v\n0,-65\n");

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        var extra = Assert.Single(report.Files, f => !f.Passed);
        Assert.Equal("extra.csv", extra.File);
        Assert.StartsWith("only in B", extra.Problem);
    }

    [Fact]
    public void A_missing_spike_is_a_count_mismatch()
    {
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        using var b = TraceFolder.CopyOfGolden("demo/IntervalFire");
        string[] lines = b.Lines("spikes.csv");
        File.WriteAllLines(b.File("spikes.csv"), lines[..^1]);

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        var spikes = Assert.IsType<SpikeColumn>(Assert.Single(report.Files.Single(f => f.File == "spikes.csv").Columns));
        Assert.False(spikes.Passed);
        Assert.Equal(lines.Length - 1, spikes.CountA);
        Assert.Equal(lines.Length - 2, spikes.CountB);
        Assert.Null(spikes.First);
        Assert.Equal(0, spikes.MaxAbsoluteDt);
    }

    [Fact]
    public void A_shifted_spike_reports_its_index_and_the_largest_time_difference()
    {
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        using var b = TraceFolder.CopyOfGolden("demo/IntervalFire");
        double original = Parse(b.Lines("spikes.csv")[3]);
        b.SetField("spikes.csv", 4, 0, (original + 0.025).ToString("R", CultureInfo.InvariantCulture));

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        var spikes = Assert.IsType<SpikeColumn>(Assert.Single(report.Files.Single(f => f.File == "spikes.csv").Columns));
        Assert.False(spikes.Passed);
        Assert.Equal(spikes.CountA, spikes.CountB);
        Assert.Equal(0.025, spikes.MaxAbsoluteDt, 1e-9);
        Assert.Equal(new SpikeMismatch(2, original, original + 0.025), spikes.First);
    }

    [Fact]
    public void Different_row_counts_are_a_time_base_failure()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        File.WriteAllLines(b.File("iclamp_1.csv"), b.Lines("iclamp_1.csv")[..^1]);

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        var file = Assert.Single(report.Files, f => !f.Passed);
        Assert.Equal("iclamp_1.csv", file.File);
        Assert.Equal("different time bases: 1001 rows (t = 0 .. 100) in A, 1000 rows (t = 0 .. 99.9) in B", file.Problem);
    }

    [Fact]
    public void Different_sampling_times_are_a_time_base_failure_naming_the_line()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        b.SetField("iclamp_2.csv", 12, "t", "1.025");

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        var file = Assert.Single(report.Files, f => !f.Passed);
        Assert.Equal("different time bases: line 12 has t = 1 in A, t = 1.025 in B", file.Problem);
    }

    [Fact]
    public void A_sampled_file_against_a_spike_file_of_the_same_name_fails()
    {
        using var a = TraceFolder.Empty().With("x.csv", "t,v\n0,1\n");
        using var b = TraceFolder.Empty().With("x.csv", "spike_t\n0\n");

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        Assert.Equal("different kinds: Samples in A, Spikes in B", Assert.Single(report.Files).Problem);
    }

    [Fact]
    public void Missing_folders_and_negative_tolerances_are_input_errors()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        string missing = Path.Combine(a.Path, "no-such-folder");

        Assert.Equal($"'{missing}' is not a folder",
            Assert.Throws<TraceInputException>(() => TraceComparison.Compare(a.Path, missing, Tolerance.Default)).Message);
        Assert.Contains("vtol=-1",
            Assert.Throws<TraceInputException>(() => TraceComparison.Compare(a.Path, a.Path, new Tolerance(-1, 0))).Message);
        Assert.Contains("rtol=nan",
            Assert.Throws<TraceInputException>(() => TraceComparison.Compare(a.Path, a.Path, new Tolerance(0, double.NaN))).Message);
    }

    [Fact]
    public void Two_folders_without_traces_are_an_input_error_not_a_pass()
    {
        using var a = TraceFolder.Empty();
        using var b = TraceFolder.Empty();

        Assert.Throws<TraceInputException>(() => TraceComparison.Compare(a.Path, b.Path, Tolerance.Default));
    }

    [Fact]
    public void Spike_lists_of_different_lengths_in_one_file_are_compared_column_by_column()
    {
        using var a = TraceFolder.Empty().With("spikes.csv", "spike_t,other\n1.5,2\n3.5,\n");
        using var b = TraceFolder.Empty().With("spikes.csv", "spike_t,other\n1.5,2\n3.5,4\n");

        var report = TraceComparison.Compare(a.Path, b.Path, Tolerance.Default);

        var columns = Assert.Single(report.Files).Columns.Cast<SpikeColumn>().ToList();
        Assert.Equal(new SpikeColumn("spike_t", 2, 2, 0, null), columns[0]);
        Assert.Equal(new SpikeColumn("other", 1, 2, 0, null), columns[1]);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Every_committed_NEURON_trace_folder_is_readable_and_agrees_with_itself()
    {
        var folders = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "tests", "golden"), "*", SearchOption.AllDirectories)
            .Where(d => Directory.EnumerateFiles(d, "*.csv").Any())
            .ToList();
        Assert.True(folders.Count >= 10, $"only {folders.Count} golden trace folders found");

        foreach (string folder in folders)
        {
            var report = TraceComparison.Compare(folder, folder, new Tolerance(0, 0));
            Assert.True(report.Passed, folder);
        }
    }
}
