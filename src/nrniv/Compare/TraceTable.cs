namespace Nrniv.Compare;

/// <summary>
/// One CSV file of a trace folder, read column-wise. Column names may repeat (an ion current
/// is written once by the mechanism and once by the ion), so columns are keyed by name and
/// occurrence; an empty field is a missing value, held as NaN.
/// </summary>
public sealed class TraceTable
{
    public TraceTable(TraceFileKind kind, IReadOnlyList<string> names, double[][] columns, int rows)
    {
        Kind = kind;
        Columns = columns;
        Rows = rows;
        Keys = ColumnKeys(names);
    }

    public TraceFileKind Kind { get; }

    /// <summary>Unique column keys in file order: the name, then <c>name#2</c>, <c>name#3</c> for repeats.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Values per column, in file order.</summary>
    public double[][] Columns { get; }

    public int Rows { get; }

    private static string[] ColumnKeys(IReadOnlyList<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            int n = seen.TryGetValue(names[i], out int count) ? count + 1 : 1;
            seen[names[i]] = n;
            keys[i] = n == 1 ? names[i] : $"{names[i]}#{n}";
        }
        return keys;
    }
}
