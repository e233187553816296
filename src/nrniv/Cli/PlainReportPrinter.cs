using Nrniv.Compare;

namespace Nrniv.Cli;

/// <summary>Prints a comparison as an aligned plain-text table, for pipes, files and scripts.</summary>
internal static class PlainReportPrinter
{
    public static void Print(ComparisonReport report, TextWriter output)
    {
        output.WriteLine($"A: {report.FolderA}");
        output.WriteLine($"B: {report.FolderB}");
        var rows = report.Files.SelectMany(ReportRow.Of).Select(r => r.Cells).Prepend(ReportRow.Headers).ToList();
        int[] widths = Enumerable.Range(0, ReportRow.Headers.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var cells in rows)
        {
            output.WriteLine(string.Join("  ", cells.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
        output.WriteLine(ReportSummary.Of(report));
    }
}
