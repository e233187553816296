using BenchmarkDotNet.Attributes;
using Nmodl.Codegen.Backends;

namespace Benchmarks.Kernels;

/// <summary>
/// Throughput of generated mechanism kernels, scalar against vectorized, on one block of
/// <see cref="KernelConfig.Instances"/> instances: the built-in hh of mod/ (its rates PROCEDURE is tabulated,
/// so the state kernel interpolates six tables), a first-order KINETIC scheme, a five-state Markov
/// potassium channel (KINETIC, sparse) and two coupled nonlinear ODEs solved by derivimplicit. The
/// implicit solves run per instance in the scalar backend and on whole vectors, with per-lane
/// convergence masks, in the vector ones.
/// </summary>
[Config(typeof(KernelConfig))]
public class KernelBenchmarks
{
    public enum Backend { Scalar, Vector256, Vector512, Vector256VectorExp }

    [Params(Backend.Scalar, Backend.Vector256, Backend.Vector512, Backend.Vector256VectorExp)]
    public Backend Kind { get; set; }

    [Params("hh", "kinetic", "markov", "derivimplicit")]
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
        var descriptor = Mechanism switch
        {
            "hh" => KernelFixture.Compile("hh", options),
            "kinetic" => KernelFixture.Compile("kinbench", options, KineticScheme),
            "markov" => KernelFixture.Compile("markovbench", options, MarkovChannel),
            _ => KernelFixture.Compile("dibench", options, DerivImplicitPair),
        };
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
}
