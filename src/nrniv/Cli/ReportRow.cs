using Nrniv.Compare;

namespace Nrniv.Cli;

/// <summary>One printed line of a comparison table, as text cells, whatever the output device.</summary>
internal sealed record ReportRow(string File, string Column, bool Passed, string MaxAbsolute, string MaxRelative, string Detail)
{
    public static readonly string[] Headers = ["file", "column", "result", "max |a-b|", "max rel", "first beyond tolerance / note"];

    public string Result => Passed ? "ok" : "FAIL";

    public string[] Cells => [File, Column, Result, MaxAbsolute, MaxRelative, Detail];

    public static IEnumerable<ReportRow> Of(FileResult file)
    {
        if (file.Problem is not null)
        {
            yield return new ReportRow(file.File, "", false, "", "", file.Problem);
        }
        foreach (var column in file.Columns)
        {
            yield return Of(file.File, column);
        }
    }

    private static ReportRow Of(string file, ColumnResult column) => column switch
    {
        SampledColumn s => new ReportRow(file, s.Column, s.Passed, Number(s.MaxAbsolute), Number(s.MaxRelative), Describe(s)),
        SpikeColumn s => new ReportRow(file, s.Column, s.Passed, Number(s.MaxAbsoluteDt), "", Describe(s)),
        MissingColumn m => new ReportRow(file, m.Column, false, "", "", $"only in {m.PresentIn}"),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.GetType().Name, "unknown kind of column result"),
    };

    private static string Describe(SampledColumn s) => s.First is not { } f
        ? ""
        : $"t = {Value(f.Time)}: A = {Value(f.ValueA)}, B = {Value(f.ValueB)} ({Rows(s.RowsBeyondTolerance)} beyond)";

    private static string Describe(SpikeColumn s)
    {
        var parts = new List<string>();
        if (s.CountA != s.CountB)
        {
            parts.Add($"{s.CountA} spikes in A, {s.CountB} in B");
        }
        if (s.First is { } f)
        {
            parts.Add($"spike {f.Index + 1}: A = {Value(f.TimeA)}, B = {Value(f.TimeB)}");
        }
        return parts.Count == 0 ? $"{s.CountA} spikes" : string.Join("; ", parts);
    }

    private static string Rows(int n) => n == 1 ? "1 row" : $"{n} rows";

    /// <summary>A difference, to 3 significant digits.</summary>
    private static string Number(double x) => NumberText.Of(x, "G3");

    /// <summary>A value as NEURON prints it (%.10g).</summary>
    private static string Value(double x) => NumberText.Of(x, "G10");
}
