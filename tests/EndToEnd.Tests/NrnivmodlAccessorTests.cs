using System.Text.Json;
using System.Xml.Linq;
using EndToEnd.Tests.Support;
using Nmodl.Codegen.Accessors;
using Nrn;

namespace EndToEnd.Tests;

/// <summary>The typed accessors nrnivmodl compiles into <c>nrnmech.dll</c>, used from a user's own
/// code that references the library: the seed built through them gives NEURON's trace and
/// psection, they share storage with the by-name API, and their documentation carries the units.
/// The libraries here are built from mod/ itself, so the user code starts from an empty registry
/// instead of the built-ins every simulation has.</summary>
public sealed class NrnivmodlAccessorTests(BuiltinLibrary builtins) : IClassFixture<BuiltinLibrary>, IDisposable
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Paths.SeedGolden)).RootElement;
    private readonly TempFolder _dir = new("e2e-accessors-");

    public void Dispose() => _dir.Dispose();

    private const string BasicsProgram = """
        using Nrn;
        using Nrn.Mechanisms;

        public static class Program
        {
            public static (SectionInfo PSection, double[] T, double[] V) Main(string library)
            {
                var sim = new Simulation(new MechanismRegistry());
                sim.LoadMechanisms(library);
                var soma = sim.Section("soma");
                soma.L = 20;
                soma.Diam = 20;
                soma.Insert(Hh.MechanismName);
                var stim = new IClamp(soma[0.5]) { Delay = 2, Dur = 0.1, Amp = 0.9 };
                var t = new Vector().Record(sim.TimeRef());
                var v = new Vector().Record(soma[0.5].Ref("v"));
                var psection = soma.PSection();
                sim.FInitialize(-70);
                sim.ContinueRun(40);
                return (psection, t.ToArray(), v.ToArray());
            }
        }
        """;

    [Fact]
    public void The_basics_seed_written_with_typed_accessors_gives_NEURONs_trace_and_psection()
    {
        var program = NrnivmodlUserProject.Compile(BasicsProgram, builtins.LibraryPath);
        var (psection, t, v) = NrnivmodlUserProject.Run<(SectionInfo, double[], double[])>(program, builtins.LibraryPath);
        var golden = Golden.GetProperty("basics_trace");
        var goldenT = golden.GetProperty("t").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var goldenV = golden.GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(goldenT.Length, t.Length);
        Assert.True(goldenT.Zip(t, (a, b) => Math.Abs(a - b)).Max() <= 1e-9);
        Assert.True(goldenV.Zip(v, (a, b) => Math.Abs(a - b)).Max() <= 1e-6);
        PSectionAssert.SameContent(Golden.GetProperty("basics_psection_after_hh_iclamp"), psection);
    }

    [Fact]
    public void Typed_and_by_name_access_see_the_same_values_before_and_after_a_run()
    {
        const string source = """
            using Nrn;
            using Nrn.Mechanisms;

            public static class Program
            {
                public static double[] Main(string library)
                {
                    var sim = new Simulation(new MechanismRegistry());
                    sim.LoadMechanisms(library);
                    var soma = sim.Section("soma");
                    soma.Insert("hh");
                    var hh = soma[0.5].Hh();
                    var defaults = hh.Gnabar;
                    hh.Gkbar = 0.05;
                    soma[0.5].Mech("hh")["gl"] = 0.0004;
                    var syn = new ExpSyn(sim, soma[0.5]) { Tau = 3 };
                    var stim = new NetStim(sim) { Number = 4 };
                    Network.Of(sim);
                    var beforeRun = new[] { defaults, soma[0.5]["gkbar_hh"], hh.Gl, syn["tau"], stim["number"] };
                    sim.FInitialize(-65);
                    sim.ContinueRun(1);
                    soma[0.5]["m_hh"] = 0.25;
                    return [.. beforeRun, hh.M, soma[0.5].Mech("hh")["m"], hh.Access["gkbar"]];
                }
            }
            """;
        var values = NrnivmodlUserProject.Run<double[]>(NrnivmodlUserProject.Compile(source, builtins.LibraryPath), builtins.LibraryPath);
        // NEURON's hh default gnabar is 0.12 S/cm2.
        Assert.Equal([0.12, 0.05, 0.0004, 3, 4, 0.25, 0.25, 0.05], values);
    }

    [Fact]
    public void A_typed_GLOBAL_drives_the_kernels_and_array_indexers_share_storage()
    {
        var folder = Path.Combine(_dir.Path, "decay");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "decay.mod"), """
            NEURON { SUFFIX decay RANGE w GLOBAL tau, k }
            PARAMETER { tau = 1 (ms) k[2] }
            ASSIGNED { w[3] (um) }
            STATE { x }
            INITIAL { x = 1 }
            BREAKPOINT { SOLVE states METHOD cnexp }
            DERIVATIVE states { x' = -x/tau }
            """);
        Assert.Equal(0, NrnivmodlRun.Run(folder).Exit);
        var library = Path.Combine(folder, "x86_64", "nrnmech.dll");
        const string source = """
            using Nrn;
            using Nrn.Mechanisms;

            public static class Program
            {
                public static double[] Main(string library)
                {
                    var sim = new Simulation(new MechanismRegistry());
                    sim.LoadMechanisms(library);
                    var soma = sim.Section("soma");
                    soma.Insert("decay");
                    var globals = Decay.Globals(sim);
                    globals.Tau = 4;
                    globals.K[1] = 7;
                    var decay = soma[0.5].Decay();
                    decay.W[2] = 5;
                    soma[0.5].Mech("decay")["w", 0] = 6;
                    sim.FInitialize(-65);
                    sim.ContinueRun(10);
                    return [decay.X, sim.Registry.Get("decay", "test")["k", 1], soma[0.5].Mech("decay")["w", 2], decay.W[0], decay.W.Length, globals.K.Length];
                }
            }
            """;
        var values = NrnivmodlUserProject.Run<double[]>(NrnivmodlUserProject.Compile(source, library), library);
        // cnexp is exact for x' = -x/tau: x(10 ms) = exp(-10/4), up to round-off over 400 steps.
        Assert.Equal(Math.Exp(-10.0 / 4), values[0], 12);
        Assert.Equal([7, 5, 6, 3, 2], values[1..]);
    }

    [Fact]
    public void The_library_documents_each_accessor_with_its_units()
    {
        var documentation = XDocument.Load(Path.ChangeExtension(builtins.LibraryPath, ".xml"));
        var members = documentation.Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.Value.Trim());
        Assert.Contains("(S/cm2)", members["P:Nrn.Mechanisms.Hh.Gnabar"]);
        Assert.Contains("default 0.12", members["P:Nrn.Mechanisms.Hh.Gnabar"]);
        Assert.Contains("(ms)", members["P:Nrn.Mechanisms.ExpSyn.Tau"]);
        Assert.Contains("(nA)", members["P:Nrn.Mechanisms.IClamp.Amp"]);
    }

    [Fact]
    public void Names_are_NMODLs_with_a_capital_and_never_collide()
    {
        Assert.Equal("Hh", AccessorNames.ClassName("hh"));
        Assert.Equal("ExpSyn", AccessorNames.ClassName("ExpSyn"));
        Assert.Equal(["Gnabar", "Delay", "E", "E_", "Name_"], AccessorNames.Properties(["gnabar", "del", "e", "E", "name"], ["Name"]));
    }
}
