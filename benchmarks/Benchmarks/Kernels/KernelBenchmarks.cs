using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Nmodl.Codegen;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nrn.Abi;

namespace Benchmarks.Kernels;

/// <summary>
/// Throughput of generated mechanism kernels, scalar against vectorized, on one block of
/// <see cref="Instances"/> instances: the built-in hh of mod/ (its rates PROCEDURE is tabulated,
/// so the state kernel interpolates six tables), a first-order KINETIC scheme, a five-state Markov
/// potassium channel (KINETIC, sparse) and two coupled nonlinear ODEs solved by derivimplicit. The
/// implicit solves run per instance in the scalar backend and on whole vectors, with per-lane
/// convergence masks, in the vector ones.
/// </summary>
[Config(typeof(Config))]
public class KernelBenchmarks
{
    public const int Instances = 100_000;

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn("Instances/s", "Mechanism instances computed per second (instances per kernel call / mean time)",
            _ => KernelBenchmarks.Instances));
    }

    public enum Backend { Scalar, Vector256, Vector512, Vector256VectorExp }

    [Params(Backend.Scalar, Backend.Vector256, Backend.Vector512, Backend.Vector256VectorExp)]
    public Backend Kind { get; set; }

    [Params("hh", "kinetic", "markov", "derivimplicit")]
    public string Mechanism { get; set; } = "hh";

    private MechanismBlock _block = null!;
    private CellGroupState _state = null!;
    private IMechanismKernels _kernels = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bound = Mechanism switch
        {
            "hh" => ModFrontEnd.LowerFile(Path.Combine(RepositoryRoot(), "mod", "hh.mod")),
            "kinetic" => ModFrontEnd.LowerText(KineticScheme, "kinetic.mod"),
            "markov" => ModFrontEnd.LowerText(MarkovChannel, "markov.mod"),
            _ => ModFrontEnd.LowerText(DerivImplicitPair, "derivimplicit.mod"),
        };
        if (bound.HasErrors) throw new InvalidOperationException(string.Join("\n", bound.Diagnostics));
        var options = Kind switch
        {
            Backend.Scalar => BackendOptions.Scalar,
            Backend.Vector256 => new BackendOptions(VectorWidth: 4),
            Backend.Vector512 => new BackendOptions(VectorWidth: 8),
            _ => new BackendOptions(VectorMath: true, VectorWidth: 4),
        };
        var descriptor = MechanismCompiler.CompileInMemory(bound.Mechanism!, options);
        _state = new CellGroupState(Instances, new NoEvents());
        var random = new Random(1);
        for (var i = 0; i < Instances; i++) _state.V[i] = -80 + 60 * random.NextDouble();
        Array.Fill(_state.Area, 100.0);
        var ions = descriptor.Ions.Select(use =>
        {
            var fields = Enumerable.Range(0, 5).Select(_ => new double[Instances]).ToArray();
            Array.Fill(fields[(int)IonField.Erev], use.Ion == "na" ? 50.0 : -77.0);
            return new IonBinding(fields, [.. Enumerable.Range(0, Instances)], use.Valence ?? 1);
        }).ToArray();
        var globals = new double[descriptor.Globals.Count == 0 ? 0 : descriptor.Globals.Max(g => g.Index + g.Length)];
        foreach (var g in descriptor.Globals) globals[g.Index] = g.Default;
        _block = new MechanismBlock(descriptor, Instances, ions, globals);
        for (var i = 0; i < Instances; i++) _block.NodeIndex[i] = i;
        foreach (var r in descriptor.Range) Array.Fill(_block.Fields[r.Field], r.Default, 0, Instances);
        _kernels = descriptor.CreateKernels();
        _kernels.Initialize(_block, _state);
    }

    [Benchmark]
    public void AdvanceState() => _kernels.AdvanceState(_block, _state);

    [Benchmark]
    public void ComputeCurrent() => _kernels.ComputeCurrent(_block, _state);

    [Benchmark]
    public void Initialize() => _kernels.Initialize(_block, _state);

    private const string KineticScheme = """
        NEURON { SUFFIX kinbench RANGE kf, kb }
        PARAMETER { kf = 0.3 (/ms) kb = 0.1 (/ms) }
        STATE { A B C }
        INITIAL { A = 1 B = 0 C = 0 }
        BREAKPOINT { SOLVE scheme METHOD sparse }
        KINETIC scheme {
            ~ A <-> B (kf * exp(v / 50), kb)
            ~ B <-> C (kb, kf)
            CONSERVE A + B + C = 1
        }
        """;

    private const string MarkovChannel = """
        NEURON {
            SUFFIX markovbench
            USEION k READ ek WRITE ik
            RANGE gbar, g
        }
        PARAMETER { gbar = 0.01 (S/cm2) }
        ASSIGNED { v (mV) ek (mV) ik (mA/cm2) g (S/cm2) a (/ms) b (/ms) }
        STATE { C1 C2 C3 O I }
        INITIAL { SOLVE ks STEADYSTATE sparse }
        BREAKPOINT {
            SOLVE ks METHOD sparse
            g = gbar*O
            ik = g*(v - ek)
        }
        KINETIC ks {
            a = 0.1*exp((v + 40)/20)
            b = 0.05*exp(-(v + 40)/25)
            ~ C1 <-> C2 (3*a, b)
            ~ C2 <-> C3 (2*a, 2*b)
            ~ C3 <-> O (a, 3*b)
            ~ C3 <-> I (0.02, 0.01)
            CONSERVE C1 + C2 + C3 + O + I = 1
        }
        """;

    private const string DerivImplicitPair = """
        NEURON { SUFFIX dibench RANGE k }
        PARAMETER { k = 0.7 (/ms) }
        STATE { x y }
        INITIAL { x = 1 y = 0.5 }
        BREAKPOINT { SOLVE s METHOD derivimplicit }
        DERIVATIVE s {
            x' = -k*exp(v/50)*x*y + 0.1*y
            y' = 0.5*x*x - 0.2*y*y*y
        }
        """;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronSharp.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NeuronSharp.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class NoEvents : IEventSink
    {
        public void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag) { }

        public void NetEvent(MechanismBlock block, int instance, double time) { }

        public void NetMove(MechanismBlock block, int instance, double deliveryTime) { }
    }
}
