using BenchmarkDotNet.Attributes;
using Nmodl.Codegen.Backends;

namespace Benchmarks.Kernels;

/// <summary>
/// The SIMD kernels of mod/'s pas and hh on <see cref="KernelConfig.Instances"/> instances on consecutive
/// nodes, with the block's index classes computed (<see cref="Indices.Contiguous"/>: vector loads
/// and stores of v, rhs, d and the ion fields) or left unclassified (<see cref="Indices.Gather"/>:
/// the per-lane gathers and scatters every chunk took before). Same kernels, same data.
/// </summary>
[Config(typeof(KernelConfig))]
public class IndexClassBenchmarks
{
    public enum Indices { Gather, Contiguous }

    [Params("pas", "hh")]
    public string Mechanism { get; set; } = "pas";

    [Params(4, 8)]
    public int Width { get; set; } = 4;

    [Params(Indices.Gather, Indices.Contiguous)]
    public Indices Kind { get; set; }

    private KernelFixture _fixture = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new KernelFixture(KernelFixture.Compile(Mechanism, new BackendOptions(VectorWidth: Width)), KernelConfig.Instances);
        if (Kind == Indices.Contiguous) _fixture.Block.ClassifyIndices();
    }

    [Benchmark]
    public void ComputeCurrent() => _fixture.Kernels.ComputeCurrent(_fixture.Block, _fixture.State);

    [Benchmark]
    public void AdvanceState() => _fixture.Kernels.AdvanceState(_fixture.Block, _fixture.State);
}
