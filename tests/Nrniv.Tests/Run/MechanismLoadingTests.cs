using System.Text.RegularExpressions;

namespace Nrniv.Tests.Run;

/// <summary>Which mechanisms a script finds: <c>--mechs</c> libraries (files or nrnivmodl folders),
/// then <c>./x86_64/nrnmech.dll</c>; a name defined twice stops the run before the script starts.</summary>
public sealed class MechanismLoadingTests(OwnLibraries libraries) : IClassFixture<OwnLibraries>
{
    private const string PrintLeaks =
        "var soma = sim.Section(\"soma\");\nforeach (var name in Args)\n{\n    soma.Insert(name);\n"
        + "    Console.WriteLine($\"{name} {soma[0.5].Mech(name)[\"g\"]} {soma[0.5].Mech(name)[\"e\"]}\");\n}\n";

    [Fact]
    public void A_folder_compiled_by_nrnivmodl_given_to_mechs_is_loaded()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("leaks.csx", PrintLeaks);

        var run = ToolProcess.Run("nrniv", folder.Path, "run", "--no-cache", "--mechs", libraries.Leak2, script, "leak2");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("leak2 0.0007 -70\n", run.Output);
    }

    [Fact]
    public void Libraries_of_mechs_and_of_the_current_folder_are_all_loaded()
    {
        using var folder = new ScriptFolder();
        InstallInto(folder, libraries.Leak2);
        var script = folder.Write("leaks.csx", PrintLeaks);

        var run = ToolProcess.Run("nrniv", folder.Path, "run", "--no-cache", "--mechs", OwnLibraries.LibraryOf(libraries.Leak3), script, "leak2", "leak3");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("leak2 0.0007 -70\nleak3 0.0002 -60\n", run.Output);
    }

    [Fact]
    public void A_script_inserting_a_mechanism_that_no_library_defines_fails_at_the_insert()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("leaks.csx", PrintLeaks);

        var run = CliRun.Of("run", "--no-cache", "--mechs", libraries.Leak2, script, "leak2", "nosuchmech");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{script}:4:5: error: ArgumentException: soma.insert: unknown mechanism 'nosuchmech'", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_mechanism_defined_by_two_libraries_is_an_error_naming_both_and_exits_2()
    {
        using var folder = new ScriptFolder();
        InstallInto(folder, libraries.Leak2);
        CopyLibrary(libraries.Leak2, folder.File("again"));
        var script = folder.Write("ran.csx", "File.WriteAllText(Path.Combine(ScriptDirectory, \"ran.txt\"), \"yes\");\n");

        var run = ToolProcess.Run("nrniv", folder.Path, "run", "--no-cache", "--mechs", "again", script);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(
            $@"^nrniv run: error: mechanism 'leak2' of \S*leak2\.mod \(library '{Regex.Escape(folder.File("x86_64/nrnmech.dll"))}'\) is already registered, from \S*leak2\.mod\n$",
            run.Error);
        Assert.False(File.Exists(folder.File("ran.txt")));
    }

    /// <summary>A copy of a compiled library as <paramref name="folder"/>'s own <c>x86_64/nrnmech.dll</c>.</summary>
    private static void InstallInto(ScriptFolder folder, string library) => CopyLibrary(library, folder.File("x86_64"));

    /// <summary>Copies a library's <c>nrnmech.dll</c> and the per-mechanism modules beside it
    /// (<c>nrnmech.NAME.HASH.dll</c>) into <paramref name="target"/>.</summary>
    private static void CopyLibrary(string library, string target)
    {
        Directory.CreateDirectory(target);
        var source = Path.GetDirectoryName(OwnLibraries.LibraryOf(library))!;
        foreach (var file in Directory.GetFiles(source, "nrnmech*.dll"))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}
