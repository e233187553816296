using EndToEnd.Tests.Support;
using Nrn;

namespace EndToEnd.Tests;

/// <summary>Loading compiled libraries into a simulation: names, order, conflicts, bad files.</summary>
public sealed class LoadingTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-load-");

    public void Dispose() => _dir.Dispose();

    private string BuildLibrary(string folder, params (string Name, string Text)[] mods)
    {
        var path = Path.Combine(_dir.Path, folder);
        Directory.CreateDirectory(path);
        foreach (var (name, text) in mods) File.WriteAllText(Path.Combine(path, name), text);
        var run = NrnivmodlRun.Run(path);
        Assert.True(run.Exit == 0, run.Err);
        return Path.Combine(path, "x86_64", "nrnmech.dll");
    }

    private static string Density(string suffix) =>
        $"NEURON {{ SUFFIX {suffix} NONSPECIFIC_CURRENT i RANGE g }}\nPARAMETER {{ g = 0.001 (S/cm2) }}\nASSIGNED {{ v (mV) i (mA/cm2) }}\nBREAKPOINT {{ i = g*(v + 70) }}\n";

    [Fact]
    public void The_same_name_from_two_libraries_is_an_error_naming_both_files()
    {
        var first = BuildLibrary("one", ("m.mod", Density("dup")));
        var second = BuildLibrary("two", ("m.mod", Density("dup")));
        var sim = new Simulation();
        sim.LoadMechanisms(first);
        var e = Assert.Throws<InvalidOperationException>(() => sim.LoadMechanisms(second));
        Assert.Contains("'dup'", e.Message);
        Assert.Contains(Path.Combine(_dir.Path, "one", "m.mod"), e.Message);
        Assert.Contains(Path.Combine(_dir.Path, "two", "m.mod"), e.Message);
    }

    [Fact]
    public void NEURON_builtins_register_first_in_NEURON_type_order_then_the_others()
    {
        var library = BuildLibrary("order", ("a.mod", Density("aaa")), ("hh.mod", File.ReadAllText(Path.Combine(Paths.BuiltinMods, "hh.mod"))),
            ("pas.mod", File.ReadAllText(Path.Combine(Paths.BuiltinMods, "pas.mod"))));
        var sim = new Simulation(new MechanismRegistry());
        Assert.Equal(["pas", "hh", "aaa"], sim.LoadMechanisms(library).Select(t => t.Descriptor.Name));
        Assert.Equal(["pas", "hh", "aaa"], sim.Registry.Types.Select(t => t.Descriptor.Name));
    }

    [Fact]
    public void A_missing_or_foreign_file_is_a_clear_error()
    {
        var missing = Path.Combine(_dir.Path, "none.dll");
        Assert.Contains(missing, Assert.Throws<FileNotFoundException>(() => MechanismLibrary.Load(missing)).Message);
        var text = _dir.Write("text.dll", "not an assembly");
        Assert.Contains(text, Assert.Throws<InvalidDataException>(() => MechanismLibrary.Load(text)).Message);
    }

    [Fact]
    public void WithDefaultMechanisms_loads_the_given_libraries()
    {
        var library = BuildLibrary("given", ("m.mod", Density("given")));
        var sim = Simulation.WithDefaultMechanisms(library);
        Assert.True(sim.Registry.TryGet("given", out _));
    }
}
