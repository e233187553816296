namespace Nrniv.Tests;

/// <summary>The command line through its entry method: exit status, stdout table, one-line stderr errors.</summary>
public sealed class CompareCommandTests
{
    [Fact]
    public void Identical_folders_exit_0_and_print_a_passing_table()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");

        var run = CliRun.Of("compare", a.Path, b.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("iclamp_2.csv  ik#2", run.Output);
        Assert.StartsWith("PASS: all 16 columns of 2 files agree", run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void A_difference_exits_1_and_the_table_names_file_column_and_time()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        b.SetField("iclamp_1.csv", 102, "v", "-60");

        var run = CliRun.Of("compare", a.Path, b.Path);

        Assert.Equal(1, run.ExitCode);
        string row = Assert.Single(run.Output.Split('\n'), l => l.Contains("FAIL") && l.StartsWith("iclamp_1.csv"));
        Assert.Matches(@"^iclamp_1\.csv\s+v\s+FAIL\s.*t = 10: A = -?[0-9.]+, B = -60 \(1 row beyond\)$", row);
        Assert.StartsWith("FAIL: 1 of 2 files differ, 1 of 16 columns", run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void Tolerances_given_on_the_command_line_are_used()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        string old = b.SetField("iclamp_1.csv", 102, "v", "-60");
        double gap = Math.Abs(-60 - double.Parse(old, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, CliRun.Of("compare", a.Path, b.Path, "--vtol", (gap * 0.99).ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
        Assert.Equal(0, CliRun.Of("compare", a.Path, b.Path, "--vtol", (gap * 1.01).ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
        Assert.Equal(0, CliRun.Of("compare", a.Path, b.Path, "--vtol", "0", "--rtol", "0.1").ExitCode);
    }

    [Fact]
    public void A_malformed_csv_exits_2_with_one_line_naming_file_line_and_column()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        using var b = TraceFolder.CopyOfGolden("demo/HHk");
        b.SetField("iclamp_2.csv", 7, "ek", "abc");

        var run = CliRun.Of("compare", a.Path, b.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal($"nrniv compare: error: {b.File("iclamp_2.csv")}:7: column 7 ('ek'): 'abc' is not a number", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("compare", "only-one-folder")]
    [InlineData("compare", "a", "b", "--vtol", "abc")]
    [InlineData("compare", "a", "b", "--unknown")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Bad_arguments_exit_2_with_one_line_on_stderr(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nrniv: error: ", Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void A_missing_folder_or_a_negative_tolerance_exits_2()
    {
        using var a = TraceFolder.CopyOfGolden("demo/HHk");
        string missing = Path.Combine(a.Path, "nope");

        var run = CliRun.Of("compare", a.Path, missing);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"nrniv compare: error: '{missing}' is not a folder", Assert.Single(run.ErrorLines));

        var negative = CliRun.Of("compare", a.Path, a.Path, "--rtol", "-1");
        Assert.Equal(2, negative.ExitCode);
        Assert.Single(negative.ErrorLines);
    }

    [Fact]
    public void Comparing_writes_nothing_into_either_folder()
    {
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        using var b = TraceFolder.CopyOfGolden("demo/IntervalFire");
        var before = Directory.EnumerateFileSystemEntries(a.Path).Concat(Directory.EnumerateFileSystemEntries(b.Path))
            .ToDictionary(p => p, File.GetLastWriteTimeUtc);

        Assert.Equal(0, CliRun.Of("compare", a.Path, b.Path).ExitCode);

        var after = Directory.EnumerateFileSystemEntries(a.Path).Concat(Directory.EnumerateFileSystemEntries(b.Path))
            .ToDictionary(p => p, File.GetLastWriteTimeUtc);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Help_exits_0_and_lists_the_compare_subcommand()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("compare", run.Output);
    }

    [Fact]
    public void The_terminal_table_shows_the_same_verdict()
    {
        using var a = TraceFolder.CopyOfGolden("demo/IntervalFire");
        using var b = TraceFolder.CopyOfGolden("demo/IntervalFire");
        File.WriteAllLines(b.File("spikes.csv"), b.Lines("spikes.csv")[..^2]);
        var output = new StringWriter();
        var error = new StringWriter();

        int code = Nrniv.Cli.NrnivCli.Run(["compare", a.Path, b.Path], output, error, plain: false);

        Assert.Equal(1, code);
        Assert.Equal("", error.ToString());
        string text = output.ToString();
        Assert.Contains("spikes.csv", text);
        Assert.Contains("spike_t", text);
        Assert.Contains("FAIL: 1 of 2 files differ", text);
        Assert.DoesNotContain("PASS", text);
    }

    [Fact]
    public void Folder_names_with_brackets_are_printed_literally_in_the_terminal_table()
    {
        using var parent = TraceFolder.Empty();
        string a = Path.Combine(parent.Path, "run[1]");
        Directory.CreateDirectory(a);
        File.WriteAllText(Path.Combine(a, "x.csv"), "t,v\n0,-65\n");
        var output = new StringWriter();

        int code = Nrniv.Cli.NrnivCli.Run(["compare", a, a], output, new StringWriter(), plain: false);

        Assert.Equal(0, code);
        Assert.Contains("run[1]", output.ToString());
    }
}
