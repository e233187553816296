using EndToEnd.Tests.Support;
using Nrn;

namespace EndToEnd.Tests;

/// <summary>NEURON's built-ins as the build compiles them (src/Builtins: mod/ through nrnivmodl into
/// Nrn.Builtins.dll): present in every new simulation, in NEURON's type order, and guarded against
/// redefinition as NEURON guards them.</summary>
public sealed class BuiltinMechanismsTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-builtins-");

    public void Dispose() => _dir.Dispose();

    /// <summary>NEURON 8.2.2's type numbers of these mechanisms (pas 4, IClamp 7, AlphaSynapse 8,
    /// ExpSyn 9, Exp2Syn 10, SEClamp 11, VClamp 12, APCount 14, hh 17, NetStim 18, IntFire1 19,
    /// IntFire2 20, IntFire4 21, PatternStim 23; docs/builtins.md) in increasing order, then VecStim,
    /// which NEURON does not build in (it comes from NEURON's examples) but every simulation has.</summary>
    private static readonly string[] NeuronTypeOrder =
        ["pas", "IClamp", "AlphaSynapse", "ExpSyn", "Exp2Syn", "SEClamp", "VClamp", "APCount", "hh", "NetStim", "IntFire1", "IntFire2", "IntFire4",
         "PatternStim", "VecStim"];

    [Fact]
    public void A_new_simulation_has_every_builtin_of_mod_in_NEURONs_type_order()
    {
        var mods = Directory.GetFiles(Paths.BuiltinMods, "*.mod").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(mods, NeuronTypeOrder.Order(StringComparer.Ordinal));
        var sim = new Simulation();
        Assert.Equal(NeuronTypeOrder, sim.Registry.Types.Select(t => t.Descriptor.Name));
        Assert.All(sim.Registry.Types, t => Assert.True(BuiltinMechanisms.IsBuiltin(t)));
    }

    [Fact]
    public void The_builtins_ship_beside_the_runtime()
    {
        Assert.True(BuiltinMechanisms.Available);
        Assert.Equal(Path.GetDirectoryName(typeof(Simulation).Assembly.Location), Path.GetDirectoryName(BuiltinMechanisms.Location));
        Assert.Equal("Nrn.Builtins.dll", Path.GetFileName(BuiltinMechanisms.Location));
    }

    [Fact]
    public void Each_simulation_gets_its_own_mechanism_types()
    {
        var a = new Simulation();
        var b = new Simulation();
        Assert.True(a.Registry.TryGet("hh", out var hhA));
        Assert.True(b.Registry.TryGet("hh", out var hhB));
        Assert.NotSame(hhA, hhB);
        Assert.NotSame(hhA.Descriptor, hhB.Descriptor);
    }

    [Fact]
    public void A_simulation_given_a_registry_has_only_what_is_registered_in_it()
    {
        Assert.Empty(new Simulation(new MechanismRegistry()).Registry.Types);
        Assert.Equal(NeuronTypeOrder, BuiltinMechanisms.NewRegistry().Types.Select(t => t.Descriptor.Name));
    }

    /// <summary>NEURON 8.2.2 refuses a library whose hh.mod keeps the name hh: nrn_load_dll stops with
    /// "The user defined name already exists: hh" (run by hand with the oracle's nrnivmodl on a copy of mod/hh.mod).</summary>
    [Fact]
    public void A_library_redefining_a_builtin_is_refused_naming_both_files_as_NEURON_refuses_it()
    {
        var library = Build("own", ("hh.mod", File.ReadAllText(Path.Combine(Paths.BuiltinMods, "hh.mod"))), ("leak.mod", Density("leak")));
        var sim = new Simulation();
        var e = Assert.Throws<InvalidOperationException>(() => sim.LoadMechanisms(library));
        Assert.Contains("'hh'", e.Message);
        Assert.Contains(Path.Combine(_dir.Path, "own", "hh.mod"), e.Message);
        Assert.Contains(Path.Combine(Paths.BuiltinMods, "hh.mod"), e.Message);
        Assert.Contains("The user defined name already exists: hh", e.Message);
        Assert.False(sim.Registry.TryGet("leak", out _));
    }

    /// <summary>NEURON loads a model's own vecevent.mod (VecStim is not one of its built-ins); ours
    /// gives way to it, unless a VecStim of ours already exists.</summary>
    [Fact]
    public void A_library_bringing_its_own_VecStim_replaces_the_default_one()
    {
        var vecStim = File.ReadAllText(Path.Combine(Paths.BuiltinMods, "VecStim.mod"));
        var library = Build("model", ("vecevent.mod", vecStim));
        var sim = new Simulation();
        sim.LoadMechanisms(library);
        Assert.True(sim.Registry.TryGet("VecStim", out var replaced));
        Assert.False(BuiltinMechanisms.IsBuiltin(replaced));
        Assert.Equal(Path.Combine(_dir.Path, "model", "vecevent.mod"), replaced.Descriptor.SourceFile);

        var busy = new Simulation();
        busy.ArtificialCell("VecStim");
        var e = Assert.Throws<InvalidOperationException>(() => busy.LoadMechanisms(library));
        Assert.Contains("'VecStim'", e.Message);
    }

    [Fact]
    public void A_users_library_is_layered_on_top_of_the_builtins()
    {
        var library = Build("mine", ("leak.mod", Density("leak")));
        var sim = Simulation.WithDefaultMechanisms(library);
        Assert.Equal([.. NeuronTypeOrder, "leak"], sim.Registry.Types.Select(t => t.Descriptor.Name));
        var soma = sim.Section("soma");
        soma.Insert("leak");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        Assert.Equal("IClamp[0]", clamp.Name);
        sim.FInitialize(-65);
        sim.ContinueRun(1);
        // Passive membrane (tau = cm/g = 1 ms) relaxing to -70 mV under implicit Euler: 40 steps of
        // dt = 0.025 each shrink the distance to rest by 1/(1 + dt/tau).
        Assert.Equal(-70 + 5 * Math.Pow(1 / 1.025, 40), soma[0.5].V, 1e-9);
    }

    private string Build(string folder, params (string Name, string Text)[] mods)
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
}
