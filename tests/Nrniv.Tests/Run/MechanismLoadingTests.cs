namespace Nrniv.Tests.Run;

/// <summary>Which mechanisms a script finds: <c>--mechs</c> libraries (files or nrnivmodl folders),
/// then <c>./x86_64/nrnmech.dll</c>; a name defined twice stops the run before the script starts.</summary>
[Collection(BuiltinMechanismsCollection.Name)]
public sealed class MechanismLoadingTests(BuiltinMechanisms builtins)
{
    private static readonly string HhScript = Path.Combine(NeuronSharp.Testing.RepositoryRoot.Path, "examples", "Scripts", "hh.csx");

    [Fact]
    public void A_folder_compiled_by_nrnivmodl_given_to_mechs_is_loaded()
    {
        using var folder = new ScriptFolder();
        var compiledFolder = Path.GetDirectoryName(Path.GetDirectoryName(builtins.Library))!;

        var run = ToolProcess.Run("nrniv", folder.Path, "run", "--no-cache", "--mechs", compiledFolder, HhScript);

        Assert.True(run.ExitCode == 0, run.Error);
        SeedGolden.AssertTrace("hh_single_trace", folder.File("data.csv"));
    }

    [Fact]
    public void Without_mechanisms_a_script_inserting_hh_fails_at_the_insert()
    {
        using var folder = new ScriptFolder();

        var run = CliRun.Of("run", "--no-cache", HhScript);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{HhScript}:8:1: error: ArgumentException: soma.insert: unknown mechanism 'hh'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_mechanism_defined_by_two_libraries_is_an_error_naming_both_and_exits_2()
    {
        using var folder = new ScriptFolder();
        builtins.InstallInto(folder);
        Directory.CreateDirectory(folder.File("again"));
        File.Copy(builtins.Library, folder.File("again/nrnmech.dll"));
        var script = folder.Write("ran.csx", "File.WriteAllText(Path.Combine(ScriptDirectory, \"ran.txt\"), \"yes\");\n");

        var run = ToolProcess.Run("nrniv", folder.Path, "run", "--no-cache", "--mechs", "again", script);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"^nrniv run: error: mechanism '\w+' of \S+\.mod \(library '.*x86_64/nrnmech\.dll'\) is already registered, from \S+\.mod\n$", run.Error);
        Assert.False(File.Exists(folder.File("ran.txt")));
    }
}
