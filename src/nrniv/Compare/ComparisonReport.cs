namespace Nrniv.Compare;

/// <summary>Everything <see cref="TraceComparison"/> found, file by file in name order.</summary>
public sealed record ComparisonReport(string FolderA, string FolderB, Tolerance Tolerance, IReadOnlyList<FileResult> Files)
{
    public bool Passed => Files.All(f => f.Passed);

    public int ColumnCount => Files.Sum(f => f.Columns.Count);

    public int FailedColumnCount => Files.Sum(f => f.Columns.Count(c => !c.Passed));

    public int FailedFileCount => Files.Count(f => !f.Passed);
}
