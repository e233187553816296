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
/// so the state kernel interpolates six tables) and a first-order KINETIC scheme (one small
/// implicit solve per instance, which stays scalar).
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

    [Params("hh", "kinetic")]
    public string Mechanism { get; set; } = "hh";

    private MechanismBlock _block = null!;
    private CellGroupState _state = null!;
    private IMechanismKernels _kernels = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bound = Mechanism == "hh" ? ModFrontEnd.LowerFile(Path.Combine(RepositoryRoot(), "mod", "hh.mod")) : ModFrontEnd.LowerText(KineticScheme, "kinetic.mod");
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
        var globals = new double[descriptor.GlobalCount];
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
