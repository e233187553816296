using EndToEnd.Tests.Support;

namespace EndToEnd.Tests;

/// <summary>nrnivmodl as a user meets it: exit codes, the library beside the .mod files, atomic
/// replacement, no work when nothing changed, clear errors.</summary>
public sealed class NrnivmodlCliTests : IDisposable
{
    private const string Leak = "NEURON { SUFFIX leak NONSPECIFIC_CURRENT i RANGE g, e }\nPARAMETER { g = 0.001 (S/cm2) e = -70 (mV) }\nASSIGNED { v (mV) i (mA/cm2) }\nBREAKPOINT { i = g*(v - e) }\n";
    private readonly TempFolder _dir = new("e2e-cli-");

    public void Dispose() => _dir.Dispose();

    private string Library => Path.Combine(_dir.Path, "x86_64", "nrnmech.dll");

    [Fact]
    public void A_folder_builds_into_x86_64_beside_it_and_lists_its_mechanisms()
    {
        _dir.Write("leak.mod", Leak);
        var run = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(0, run.Exit);
        Assert.Contains("Translating leak.mod into ", run.Out);
        Assert.Contains("leak", run.Out.Split("Mechanisms in")[1]);
        Assert.True(File.Exists(Library));
        var sim = new Nrn.Simulation();
        Assert.Equal(["leak"], sim.LoadMechanisms(Library).Select(t => t.Descriptor.Name));
    }

    [Fact]
    public void Output_folder_option_places_the_library()
    {
        var file = _dir.Write("leak.mod", Leak);
        var outDir = Path.Combine(_dir.Path, "out");
        Assert.Equal(0, NrnivmodlRun.Run("-o", outDir, file).Exit);
        Assert.True(File.Exists(Path.Combine(outDir, "nrnmech.dll")));
        Assert.False(File.Exists(Library));
    }

    [Fact]
    public void Errors_in_a_mod_file_exit_with_1_in_located_form()
    {
        var bad = _dir.Write("bad.mod", "NEURON { SUFFIX bad }\nBREAKPOINT { x = 1 }\n");
        var run = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(1, run.Exit);
        Assert.Contains($"{bad}:2:14: error", run.Err);
        Assert.False(File.Exists(Library));
    }

    [Theory]
    [InlineData("/no/such/folder")]
    [InlineData("--no-such-option")]
    public void Usage_errors_exit_with_2(string argument)
    {
        var run = NrnivmodlRun.Run(argument);
        Assert.Equal(2, run.Exit);
        Assert.StartsWith("nrnivmodl: ", run.Err);
    }

    [Fact]
    public void A_folder_without_mod_files_is_a_usage_error()
    {
        var run = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(2, run.Exit);
        Assert.Contains("no .mod files", run.Err);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_library_untouched()
    {
        var file = _dir.Write("leak.mod", Leak);
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);
        var before = File.ReadAllBytes(Library);
        File.WriteAllText(file, Leak.Replace("i = g*(v - e)", "i = g*(v - e"));
        Assert.Equal(1, NrnivmodlRun.Run(_dir.Path).Exit);
        Assert.Equal(before, File.ReadAllBytes(Library));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Library)!, "*.tmp"));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_does_no_work_and_any_change_rebuilds()
    {
        var include = _dir.Write("params.inc", "PARAMETER { g = 0.001 (S/cm2) e = -70 (mV) }\n");
        _dir.Write("leak.mod", "NEURON { SUFFIX leak NONSPECIFIC_CURRENT i RANGE g, e }\nINCLUDE \"params.inc\"\nASSIGNED { v (mV) i (mA/cm2) }\nBREAKPOINT { i = g*(v - e) }\n");
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);
        var written = File.GetLastWriteTimeUtc(Library);
        File.SetLastWriteTimeUtc(Library, written.AddHours(-1));

        var again = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(0, again.Exit);
        Assert.Contains("up to date", again.Out);
        Assert.DoesNotContain("Translating", again.Out);
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(Library));

        File.WriteAllText(include, "PARAMETER { g = 0.002 (S/cm2) e = -70 (mV) }\n");
        var changed = NrnivmodlRun.Run(_dir.Path);
        Assert.Contains("Translating leak.mod", changed.Out);
        Assert.NotEqual(written.AddHours(-1), File.GetLastWriteTimeUtc(Library));
        var sim = new Nrn.Simulation();
        sim.LoadMechanisms(Library);
        var sec = sim.Section("s");
        sec.Insert("leak");
        Assert.Equal(0.002, sec[0.5].Mech("leak")["g"]);
    }

    [Fact]
    public void Changed_options_rebuild()
    {
        _dir.Write("leak.mod", Leak);
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);
        Assert.Contains("up to date", NrnivmodlRun.Run(_dir.Path).Out);
        Assert.Contains("Translating leak.mod", NrnivmodlRun.Run("--scalar", _dir.Path).Out);
        Assert.Contains("Translating leak.mod", NrnivmodlRun.Run("--scalar", "-I", _dir.Path, _dir.Path).Out);
        Assert.Contains("up to date", NrnivmodlRun.Run("--scalar", "-I", _dir.Path, _dir.Path).Out);
    }

    [Fact]
    public void Two_files_defining_one_mechanism_name_are_an_error_naming_both()
    {
        var a = _dir.Write("a.mod", Leak);
        var b = _dir.Write("b.mod", Leak);
        var run = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(1, run.Exit);
        Assert.Contains("'leak'", run.Err);
        Assert.Contains(a, run.Err);
        Assert.Contains(b, run.Err);
        Assert.False(File.Exists(Library));
    }

    [Fact]
    public void Check_reports_without_writing()
    {
        _dir.Write("leak.mod", Leak);
        var run = NrnivmodlRun.Run("--check", _dir.Path);
        Assert.Equal(0, run.Exit);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Library)));
    }

    [Fact]
    public void Emit_cs_writes_the_generated_source_and_scalar_changes_it()
    {
        _dir.Write("leak.mod", Leak);
        var simd = Path.Combine(_dir.Path, "simd");
        var scalar = Path.Combine(_dir.Path, "scalar");
        Assert.Equal(0, NrnivmodlRun.Run("--emit-cs", simd, _dir.Path).Exit);
        Assert.Equal(0, NrnivmodlRun.Run("--scalar", "--emit-cs", scalar, _dir.Path).Exit);
        Assert.Equal(["leak.api.g.cs", "leak.g.cs"], Directory.GetFiles(simd).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var simdText = File.ReadAllText(Path.Combine(simd, "leak.g.cs"));
        var scalarText = File.ReadAllText(Path.Combine(scalar, "leak.g.cs"));
        Assert.Contains("IMechanismKernels", simdText);
        Assert.NotEqual(simdText, scalarText);
    }
}
