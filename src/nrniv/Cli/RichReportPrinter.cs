using Nrniv.Compare;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nrniv.Cli;

/// <summary>Prints a comparison as a Spectre.Console table with failures in red, for terminals.</summary>
internal static class RichReportPrinter
{
    public static void Print(ComparisonReport report, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var table = new Table().Border(TableBorder.Rounded)
            .Title(new TableTitle(Markup.Escape($"A: {report.FolderA}\nB: {report.FolderB}")));
        foreach (string header in ReportRow.Headers)
        {
            table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
        }
        foreach (var row in report.Files.SelectMany(ReportRow.Of))
        {
            var style = row.Passed ? Style.Plain : new Style(Color.Red);
            table.AddRow(row.Cells.Select(cell => (IRenderable)new Text(cell, style)));
        }
        console.Write(table);
        console.Write(new Text(ReportSummary.Of(report) + "\n", new Style(report.Passed ? Color.Green : Color.Red, decoration: Decoration.Bold)));
    }
}
