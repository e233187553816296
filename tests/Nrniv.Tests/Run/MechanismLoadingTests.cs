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
    public void Libraries_of_mechs_and_of_the_current_folder_are_all_loaded()
    {
        using var folder = new ScriptFolder();
        builtins.InstallInto(folder);
        Directory.CreateDirectory(folder.File("extra"));
        File.WriteAllText(folder.File("extra/leak2.mod"), """
            NEURON { SUFFIX leak2 NONSPECIFIC_CURRENT i RANGE g, e }
            PARAMETER { g = 0.0007 (S/cm2) e = -70 (mV) }
            ASSIGNED { v (mV) i (mA/cm2) }
            BREAKPOINT { i = g * (v - e) }
            """);
        var build = ToolProcess.Run("nrnivmodl", folder.File("extra"), folder.File("extra"));
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        var script = folder.Write("both.csx", """
            var soma = sim.Section("soma");
            soma.Insert("hh");
            soma.Insert("leak2");
            Console.WriteLine($"{soma[0.5].Mech("hh")["gkbar"]} {soma[0.5].Mech("leak2")["g"]} {soma[0.5].Mech("leak2")["e"]}");
            """);

        var run = ToolProcess.Run("nrniv", folder.Path, "run", "--no-cache", "--mechs", "extra", script);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("0.036 0.0007 -70\n", run.Output);
    }

    [Fact]
    public void A_script_inserting_a_mechanism_that_no_library_defines_fails_at_the_insert()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("unknown.csx", "var soma = sim.Section(\"soma\");\nsoma.Insert(\"nosuchmech\");\n");

        var run = CliRun.Of("run", "--no-cache", script);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{script}:2:1: error: ArgumentException: soma.insert: unknown mechanism 'nosuchmech'", Assert.Single(run.ErrorLines));
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
