using BenchmarkDotNet.Attributes;
using Nmodl.Codegen.Backends;

namespace Benchmarks.Kernels;

/// <summary>
/// Throughput of generated mechanism kernels, scalar against vectorized, on one block of
/// <see cref="KernelConfig.Instances"/> instances: the built-in hh of mod/ (its rates PROCEDURE is tabulated,
/// so the state kernel interpolates six tables) and a first-order KINETIC scheme (one small
/// implicit solve per instance, which stays scalar).
/// </summary>
[Config(typeof(KernelConfig))]
public class KernelBenchmarks
{
    public enum Backend { Scalar, Vector256, Vector512, Vector256VectorExp }

    [Params(Backend.Scalar, Backend.Vector256, Backend.Vector512, Backend.Vector256VectorExp)]
    public Backend Kind { get; set; }

    [Params("hh", "kinetic")]
    public string Mechanism { get; set; } = "hh";

    private KernelFixture _fixture = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = Kind switch
        {
            Backend.Scalar => BackendOptions.Scalar,
            Backend.Vector256 => new BackendOptions(VectorWidth: 4),
            Backend.Vector512 => new BackendOptions(VectorWidth: 8),
            _ => new BackendOptions(VectorMath: true, VectorWidth: 4),
        };
        var descriptor = Mechanism == "hh" ? KernelFixture.Compile("hh", options) : KernelFixture.Compile("kinbench", options, KineticScheme);
        _fixture = new KernelFixture(descriptor, KernelConfig.Instances);
    }

    [Benchmark]
    public void AdvanceState() => _fixture.Kernels.AdvanceState(_fixture.Block, _fixture.State);

    [Benchmark]
    public void ComputeCurrent() => _fixture.Kernels.ComputeCurrent(_fixture.Block, _fixture.State);

    [Benchmark]
    public void Initialize() => _fixture.Kernels.Initialize(_fixture.Block, _fixture.State);

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
}
