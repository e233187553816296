using BenchmarkDotNet.Configs;

namespace Benchmarks.Kernels;

/// <summary>What the kernel benchmarks share: the instances per kernel call, and a column of
/// instances computed per second.</summary>
public sealed class KernelConfig : ManualConfig
{
    public const int Instances = 100_000;

    public KernelConfig() => AddColumn(new ThroughputColumn("Instances/s", "Mechanism instances computed per second (instances per kernel call / mean time)",
        _ => Instances));
}
