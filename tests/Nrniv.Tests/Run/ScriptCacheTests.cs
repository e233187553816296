namespace Nrniv.Tests.Run;

/// <summary>The cache of compiled scripts: a second run of an unchanged script skips the compiler
/// (seen in <c>--timing</c>'s phases), any change to the script or to a file it loads compiles
/// again, and a cache that cannot be used never stops a script from running.</summary>
public sealed class ScriptCacheTests
{
    [Fact]
    public void An_unchanged_script_runs_from_the_cache_the_second_time()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("count.csx", Appending("once"));

        Assert.Contains("script compiled", Timed(folder, script));
        Assert.Contains("script from cache", Timed(folder, script));
        Assert.Equal("once\nonce\n", folder.Read("out.txt"));
    }

    [Fact]
    public void A_run_from_the_cache_does_not_load_the_compiler()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("compiler.csx",
            "Console.WriteLine(AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name!.StartsWith(\"Microsoft.CodeAnalysis\")));\n");
        string[] args = ["run", "--cache-dir", folder.File("cache"), script];

        Assert.Equal("True\n", ToolProcess.Run("nrniv", folder.Path, args).Output);
        Assert.Equal("False\n", ToolProcess.Run("nrniv", folder.Path, args).Output);
    }

    [Fact]
    public void A_changed_script_is_compiled_again()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("count.csx", Appending("first"));
        Timed(folder, script);
        folder.Write("count.csx", Appending("second"));

        Assert.Contains("script compiled", Timed(folder, script));
        Assert.Equal("first\nsecond\n", folder.Read("out.txt"));
    }

    [Fact]
    public void A_changed_loaded_file_is_compiled_again()
    {
        using var folder = new ScriptFolder();
        folder.Write("word.csx", "static string Word() => \"old\";\n");
        var script = folder.Write("main.csx", "#load \"word.csx\"\n" + Appending("{Word()}"));
        Timed(folder, script);
        folder.Write("word.csx", "static string Word() => \"new\";\n");

        Assert.Contains("script compiled", Timed(folder, script));
        Assert.Contains("script from cache", Timed(folder, script));
        Assert.Equal("old\nnew\nnew\n", folder.Read("out.txt"));
    }

    [Fact]
    public void A_damaged_cache_entry_is_replaced_by_a_fresh_compile()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("count.csx", Appending("run"));
        Timed(folder, script);
        foreach (var image in Directory.GetFiles(folder.File("cache"), "script.dll", SearchOption.AllDirectories))
            File.WriteAllBytes(image, [1, 2, 3]);

        Assert.Contains("script compiled", Timed(folder, script));
        Assert.Contains("script from cache", Timed(folder, script));
        Assert.Equal("run\nrun\nrun\n", folder.Read("out.txt"));
    }

    [Fact]
    public void No_cache_compiles_every_time_and_writes_nothing()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("count.csx", Appending("run"));

        for (var i = 0; i < 2; i++)
        {
            var run = CliRun.Of("run", "--no-cache", "--timing", script);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("script compiled", run.Error);
        }
        Assert.Equal(["count.csx", "out.txt"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_a_note_and_the_script_still_runs()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("count.csx", Appending("run"));
        var notAFolder = folder.Write("cache", "a file where the cache folder should be");

        var run = CliRun.Of("run", "--cache-dir", notAFolder, script);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"nrniv run: note: the compiled script is not cached in {notAFolder}: ", Assert.Single(run.ErrorLines));
        Assert.Equal("run\n", folder.Read("out.txt"));
    }

    /// <summary>A script that appends one line to out.txt beside it.</summary>
    private static string Appending(string line) =>
        $"File.AppendAllText(Path.Combine(ScriptDirectory, \"out.txt\"), $\"{line}\\n\");\n";

    private static string Timed(ScriptFolder folder, string script)
    {
        var run = CliRun.Of("run", "--timing", "--cache-dir", folder.File("cache"), script);
        Assert.True(run.ExitCode == 0, run.Error);
        return Assert.Single(run.ErrorLines);
    }
}
