using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Benchmarks;

/// <summary>A throughput column: the units of work one benchmark operation does (lines parsed,
/// instances computed, events delivered) divided by the mean time, per second.</summary>
internal sealed class ThroughputColumn(string name, string legend, Func<BenchmarkCase, double?> workPerOperation) : IColumn
{
    public string Id => $"{nameof(ThroughputColumn)}.{name}";

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is null or <= 0 || workPerOperation(benchmarkCase) is not { } work) return "-";
        return (work / (mean.Value * 1e-9)).ToString("N0", CultureInfo.InvariantCulture);
    }
}
