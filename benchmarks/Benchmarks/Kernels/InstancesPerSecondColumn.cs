using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Benchmarks.Kernels;

/// <summary>Kernel throughput: mechanism instances per benchmark operation divided by the mean time.</summary>
internal sealed class InstancesPerSecondColumn : IColumn
{
    public string Id => nameof(InstancesPerSecondColumn);

    public string ColumnName => "Instances/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mechanism instances computed per second (instances per kernel call / mean time)";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is null or <= 0) return "-";
        return (KernelBenchmarks.Instances / (mean.Value * 1e-9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
