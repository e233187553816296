using EndToEnd.Tests.Support;
using Nrn;

namespace EndToEnd.Tests;

/// <summary>Rebuilds after a change translate only the .mod files whose contents (or INCLUDEs)
/// changed; the others reuse their cached C#, and the library still holds every mechanism with
/// the new values.</summary>
public sealed class NrnivmodlIncrementalTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-incremental-");

    public void Dispose() => _dir.Dispose();

    private string Library => Path.Combine(_dir.Path, "x86_64", "nrnmech.dll");

    private static string Leak(string suffix, double g, string include = "") =>
        $"NEURON {{ SUFFIX {suffix} NONSPECIFIC_CURRENT i RANGE g, e }}\n{include}PARAMETER {{ g = {g} (S/cm2) e = -70 (mV) }}\nASSIGNED {{ v (mV) i (mA/cm2) }}\nBREAKPOINT {{ i = g*(v - e) }}\n";

    private double Conductance(string suffix)
    {
        var sim = new Simulation();
        sim.LoadMechanisms(Library);
        var section = sim.Section("s");
        section.Insert(suffix);
        return section[0.5].Mech(suffix)["g"];
    }

    [Fact]
    public void Changing_one_file_translates_only_that_file()
    {
        _dir.Write("a.mod", Leak("aa", 0.001));
        var b = _dir.Write("b.mod", Leak("bb", 0.002));
        _dir.Write("c.mod", Leak("cc", 0.003));
        var first = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(3, first.Out.Split('\n').Count(l => l.StartsWith("Translating ", StringComparison.Ordinal)));

        var modulesBefore = Modules();
        File.WriteAllText(b, Leak("bb", 0.005));
        var second = NrnivmodlRun.Run("-v", _dir.Path);
        Assert.Equal(0, second.Exit);
        Assert.Contains("Translating b.mod", second.Out);
        Assert.DoesNotContain("Translating a.mod", second.Out);
        Assert.DoesNotContain("Translating c.mod", second.Out);
        Assert.Contains("Unchanged a.mod", second.Out);
        Assert.Contains("compiling 1 of 3 mechanism module(s)", second.Out);
        var modulesAfter = Modules();
        Assert.Equal(modulesBefore["aa"], modulesAfter["aa"]);
        Assert.Equal(modulesBefore["cc"], modulesAfter["cc"]);
        Assert.NotEqual(modulesBefore["bb"].Path, modulesAfter["bb"].Path);
        Assert.False(File.Exists(modulesBefore["bb"].Path));
        Assert.Equal(0.005, Conductance("bb"));
        Assert.Equal(0.003, Conductance("cc"));
    }

    /// <summary>Each mechanism's module file (<c>nrnmech.NAME.HASH.dll</c>) and when it was written.</summary>
    private Dictionary<string, (string Path, DateTime Written)> Modules() =>
        Directory.GetFiles(Path.Combine(_dir.Path, "x86_64"), "nrnmech.*.dll")
            .ToDictionary(f => Path.GetFileName(f).Split('.')[1], f => (f, File.GetLastWriteTimeUtc(f)));

    [Fact]
    public void A_deleted_module_is_rebuilt_and_until_then_loading_names_the_library()
    {
        _dir.Write("a.mod", Leak("aa", 0.001));
        _dir.Write("b.mod", Leak("bb", 0.002));
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);
        File.Delete(Modules()["bb"].Path);
        var e = Assert.Throws<InvalidDataException>(() => MechanismLibrary.Load(Library));
        Assert.Contains(Library, e.Message);
        Assert.Contains("rebuild with nrnivmodl", e.Message);

        var run = NrnivmodlRun.Run("-v", _dir.Path);
        Assert.DoesNotContain("up to date", run.Out);
        Assert.Contains("compiling 1 of 2 mechanism module(s)", run.Out);
        Assert.Equal(0.002, Conductance("bb"));
    }

    [Fact]
    public void A_changed_INCLUDE_retranslates_the_files_that_include_it()
    {
        var include = _dir.Write("shared.inc", "PARAMETER { g = 0.001 (S/cm2) e = -70 (mV) }\n");
        _dir.Write("a.mod", "NEURON { SUFFIX aa NONSPECIFIC_CURRENT i RANGE g, e }\nINCLUDE \"shared.inc\"\nASSIGNED { v (mV) i (mA/cm2) }\nBREAKPOINT { i = g*(v - e) }\n");
        _dir.Write("b.mod", Leak("bb", 0.002));
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);

        File.WriteAllText(include, "PARAMETER { g = 0.007 (S/cm2) e = -70 (mV) }\n");
        var run = NrnivmodlRun.Run(_dir.Path);
        Assert.Contains("Translating a.mod", run.Out);
        Assert.DoesNotContain("Translating b.mod", run.Out);
        Assert.Equal(0.007, Conductance("aa"));
    }

    [Fact]
    public void A_damaged_cache_entry_is_translated_again()
    {
        _dir.Write("a.mod", Leak("aa", 0.001));
        var b = _dir.Write("b.mod", Leak("bb", 0.002));
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);
        File.WriteAllText(Path.Combine(_dir.Path, "x86_64", "cache", "a.json"), "{ not json");
        File.WriteAllText(b, Leak("bb", 0.004));
        var run = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(0, run.Exit);
        Assert.Contains("Translating a.mod", run.Out);
        Assert.Equal(0.001, Conductance("aa"));
    }

    [Fact]
    public void A_file_with_errors_keeps_the_library_and_the_cache_of_the_others()
    {
        var a = _dir.Write("a.mod", Leak("aa", 0.001));
        _dir.Write("b.mod", Leak("bb", 0.002));
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);
        var before = File.ReadAllBytes(Library);

        File.WriteAllText(a, Leak("aa", 0.001).Replace("i = g*(v - e)", "i = g*(v - e"));
        Assert.Equal(1, NrnivmodlRun.Run(_dir.Path).Exit);
        Assert.Equal(before, File.ReadAllBytes(Library));

        File.WriteAllText(a, Leak("aa", 0.006));
        var fixedRun = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(0, fixedRun.Exit);
        Assert.DoesNotContain("Translating b.mod", fixedRun.Out);
        Assert.Equal(0.006, Conductance("aa"));
    }

    [Fact]
    public void A_removed_file_leaves_the_library_and_the_cache()
    {
        _dir.Write("a.mod", Leak("aa", 0.001));
        var b = _dir.Write("b.mod", Leak("bb", 0.002));
        Assert.Equal(0, NrnivmodlRun.Run(_dir.Path).Exit);
        var cache = Path.Combine(_dir.Path, "x86_64", "cache");
        Assert.Equal(["a.json", "b.json"], Directory.GetFiles(cache).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        File.Delete(b);
        var run = NrnivmodlRun.Run(_dir.Path);
        Assert.Equal(0, run.Exit);
        Assert.DoesNotContain("Translating", run.Out);
        Assert.Equal(["a.json"], Directory.GetFiles(cache).Select(Path.GetFileName));
        var sim = new Simulation();
        Assert.Equal(["aa"], sim.LoadMechanisms(Library).Select(t => t.Descriptor.Name));
    }
}
