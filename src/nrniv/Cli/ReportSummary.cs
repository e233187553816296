using Nrniv.Compare;

namespace Nrniv.Cli;

/// <summary>The closing verdict line of a comparison, the same on every output device.</summary>
internal static class ReportSummary
{
    public static string Of(ComparisonReport report)
    {
        var t = report.Tolerance;
        string rule = $"|a-b| <= {NumberText.Of(t.Absolute, "G6")} or |a-b|/max(|a|,|b|) <= {NumberText.Of(t.Relative, "G6")}; spike times |ta-tb| <= {NumberText.Of(t.Time, "G6")} ms";
        return report.Passed
            ? $"PASS: all {report.ColumnCount} columns of {report.Files.Count} files agree ({rule})"
            : $"FAIL: {report.FailedFileCount} of {report.Files.Count} files differ, "
              + $"{report.FailedColumnCount} of {report.ColumnCount} columns beyond tolerance or unmatched ({rule})";
    }
}
