namespace Nrniv.Compare;

/// <summary>
/// The comparison of one file name. <see cref="Problem"/> is set when the file could not be
/// compared column by column (present in one folder only, different kinds, different time
/// bases); such a file fails.
/// </summary>
public sealed record FileResult(string File, string? Problem, IReadOnlyList<ColumnResult> Columns)
{
    public bool Passed => Problem is null && Columns.All(c => c.Passed);
}
