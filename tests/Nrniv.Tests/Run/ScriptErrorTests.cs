namespace Nrniv.Tests.Run;

/// <summary>Errors of a script, each one line at the script's file, line and column (lines and
/// columns from 1, as an editor counts them), exit status 1.</summary>
public sealed class ScriptErrorTests
{
    [Fact]
    public void Compile_errors_are_printed_one_per_line_at_their_place_and_exit_1()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("bad.csx", "var soma = sim.Section(\"soma\");\n\nConsole.WriteLine(undefinedThing);\n    int x = \"text\";\n");

        var run = Run(script);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            $"{script}:3:19: error CS0103: The name 'undefinedThing' does not exist in the current context",
            $"{script}:4:13: error CS0029: Cannot implicitly convert type 'string' to 'int'",
        ], run.ErrorLines);
    }

    [Fact]
    public void A_script_inside_the_current_folder_is_named_relative_to_it()
    {
        using var folder = new ScriptFolder();
        Directory.CreateDirectory(folder.File("scripts"));
        folder.Write("scripts/bad.csx", "Console.WriteLine(\"fine\");\nvar y = undefinedThing;\n");

        var run = ToolProcess.Run("nrniv", folder.Path, "run", "--no-cache", "scripts/bad.csx");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal("scripts/bad.csx:2:9: error CS0103: The name 'undefinedThing' does not exist in the current context\n", run.Error);
    }

    [Fact]
    public void A_warning_is_printed_at_its_place_and_the_script_still_runs()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("warn.csx", "File.WriteAllText(Path.Combine(ScriptDirectory, \"ran.txt\"), \"yes\");\n  #warning check the units\n");

        var run = Run(script);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{script}:2:12: warning CS1030: #warning: 'check the units'"], run.ErrorLines);
        Assert.Equal("yes", folder.Read("ran.txt"));
    }

    [Fact]
    public void An_exception_thrown_by_the_runtime_is_reported_at_the_script_statement_that_called_it()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("nseg.csx", "var soma = sim.Section(\"soma\");\nif (Args.Count == 0)\n{\n    soma.Nseg = 0;\n}\n");

        var run = Run(script);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{script}:4:5: error: ArgumentOutOfRangeException: soma.nseg must be between 1 and 32767, got 0", line);
    }

    [Fact]
    public void An_exception_thrown_by_the_script_itself_is_reported_at_its_throw()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("throw.csx", "var x = 1;\nvar y = x + 1;\n  throw new InvalidOperationException($\"y is {y}\\nsecond line\");\n");

        var run = Run(script);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{script}:3:3: error: InvalidOperationException: y is 2 second line"], run.ErrorLines);
    }

    [Fact]
    public void An_exception_in_a_loaded_file_is_reported_in_that_file()
    {
        using var folder = new ScriptFolder();
        var helper = folder.Write("helper.csx", "static double Inverse(double x)\n{\n    if (x == 0) throw new ArgumentException(\"x is 0\");\n    return 1 / x;\n}\n");
        var script = folder.Write("main.csx", "#load \"helper.csx\"\nConsole.WriteLine(Inverse(2));\nConsole.WriteLine(Inverse(0));\n");

        var run = Run(script);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{helper}:3:17: error: ArgumentException: x is 0"], run.ErrorLines);
    }

    [Fact]
    public void A_missing_loaded_file_is_a_compile_error_at_the_load_directive()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("main.csx", "// comment\n  #load \"missing.csx\"\nConsole.WriteLine(1);\n");

        var run = Run(script);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{script}:2:9: error CS1504: Source file 'missing.csx' could not be opened", line);
    }

    [Fact]
    public void A_reference_directive_is_refused_at_its_place_with_what_to_do_instead()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("ref.csx", "// comment\n  #r \"System.Xml.dll\"\nConsole.WriteLine(1);\n");

        var run = Run(script);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{script}:2:3: error: #r \"System.Xml.dll\" is not supported by nrniv run", line);
        Assert.Contains("--mechs", line);
    }

    [Fact]
    public void The_int_a_script_returns_is_the_exit_status()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("status.csx", "return Args.Count + 3;\n");

        Assert.Equal(3, Run(script).ExitCode);
        Assert.Equal(5, Run(script, "a", "b").ExitCode);
    }

    private static CliRun Run(string script, params string[] args) => CliRun.Of(["run", "--no-cache", script, .. args]);
}
