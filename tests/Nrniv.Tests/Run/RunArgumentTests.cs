namespace Nrniv.Tests.Run;

/// <summary>nrniv run's command line: its options before the script, the script's arguments after
/// it; bad arguments, a missing script and failed loads are one line on stderr and exit status 2.</summary>
public sealed class RunArgumentTests
{
    private const string WriteArgs =
        "File.WriteAllLines(Path.Combine(ScriptDirectory, \"args.txt\"), [ScriptPath, .. Args]);\n";

    [Fact]
    public void Everything_after_the_script_is_the_scripts_even_what_looks_like_nrnivs_options()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("args.csx", WriteArgs);

        var run = CliRun.Of("run", "--no-cache", script, "a", "--mechs", "x.dll", "-c", "--");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal([script, "a", "--mechs", "x.dll", "-c", "--"], File.ReadAllLines(folder.File("args.txt")));
    }

    [Fact]
    public void A_double_dash_lets_a_script_name_start_with_a_dash()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("-odd.csx", WriteArgs);

        var run = CliRun.Of("run", "--cache-dir", folder.File("cache"), "--", script, "x");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([script, "x"], File.ReadAllLines(folder.File("args.txt")));
    }

    [Fact]
    public void Options_with_their_value_attached_are_nrnivs()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("args.csx", WriteArgs);

        var run = CliRun.Of("run", $"--cache-dir={folder.File("cache")}", $"--mechs:{folder.File("nowhere")}", script, "y");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"nrniv run: error: mechanism library '{folder.File("nowhere")}' does not exist (build it with nrnivmodl)"], run.ErrorLines);
        Assert.Equal(0, CliRun.Of("run", $"--cache-dir={folder.File("cache")}", script, "y").ExitCode);
        Assert.True(Directory.Exists(folder.File("cache")));
        Assert.Equal([script, "y"], File.ReadAllLines(folder.File("args.txt")));
    }

    [Fact]
    public void A_missing_script_is_named_and_exits_2()
    {
        var run = CliRun.Of("run", "no-such-script.csx");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["nrniv run: error: script 'no-such-script.csx' does not exist"], run.ErrorLines);
    }

    [Fact]
    public void A_folder_given_as_the_script_exits_2()
    {
        using var folder = new ScriptFolder();

        var run = CliRun.Of("run", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"nrniv run: error: '{folder.Path}' is a folder, not a script"], run.ErrorLines);
    }

    [Fact]
    public void No_script_at_all_exits_2()
    {
        var run = CliRun.Of("run");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("SCRIPT", line);
    }

    [Fact]
    public void An_unknown_option_before_the_script_exits_2()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("args.csx", WriteArgs);

        var run = CliRun.Of("run", "--bogus", script);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["nrniv run: error: unknown option '--bogus' (run's options, before the script: --mechs, --cache-dir, --no-cache, --timing)"], run.ErrorLines);
        Assert.False(File.Exists(folder.File("args.txt")));
    }

    [Fact]
    public void A_missing_mechanism_library_is_named_and_the_script_does_not_run()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("args.csx", WriteArgs);
        var library = folder.File("nowhere/nrnmech.dll");

        var run = CliRun.Of("run", "--mechs", library, script);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"nrniv run: error: mechanism library '{library}' does not exist (build it with nrnivmodl)"], run.ErrorLines);
        Assert.False(File.Exists(folder.File("args.txt")));
    }

    [Fact]
    public void A_mechanism_library_that_is_not_an_assembly_exits_2()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("args.csx", WriteArgs);
        var library = folder.Write("nrnmech.dll", "not an assembly");

        var run = CliRun.Of("run", "--mechs", folder.Path, script);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"nrniv run: error: mechanism library '{library}' is not a .NET assembly", Assert.Single(run.ErrorLines));
    }
}
