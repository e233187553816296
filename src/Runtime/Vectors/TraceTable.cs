using System.Text;

namespace Nrn;

/// <summary>Named columns of recorded data (t, v, ...) for the data files the seeds write: CSV rows
/// (Python's <c>csv.writer(f).writerows(zip(t, v))</c>) and JSON (<c>json.dump({'t': list(t), 'v': list(v)}, f, indent=4)</c>).
/// Numbers are written as Python writes them, the shortest text that reads back to the same double.</summary>
public sealed class TraceTable
{
    private readonly List<(string Name, Vector Column)> _columns = [];

    /// <summary>Column names in order.</summary>
    public IReadOnlyList<string> Names => [.. _columns.Select(c => c.Name)];

    /// <summary>The column called <paramref name="name"/> (the vector itself, not a copy).</summary>
    public Vector this[string name] =>
        _columns.FirstOrDefault(c => c.Name == name).Column
        ?? throw new KeyNotFoundException($"the table has no column '{name}'; it has {Describe(Names)}");

    /// <summary>Adds a column; returns the table so calls chain: <c>new TraceTable().Add("t", t).Add("v", v)</c>.</summary>
    public TraceTable Add(string name, Vector column)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(column);
        if (_columns.Any(c => c.Name == name)) throw new ArgumentException($"the table already has a column '{name}'", nameof(name));
        _columns.Add((name, column));
        return this;
    }

    /// <summary>Writes one row per sample, columns in order, separated by commas, lines ended by
    /// CR LF as Python's csv module does; a header row of the names first when <paramref name="header"/>.</summary>
    public void WriteCsv(TextWriter writer, bool header = false) => TraceCsv.Write(this, writer, header);

    public void WriteCsv(string path, bool header = false)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        WriteCsv(writer, header);
    }

    /// <summary>Reads CSV rows of numbers. A first row without any number is the header; without
    /// one the columns take <paramref name="names"/> (pandas' <c>names=['t', 'v']</c>) or 0, 1, ...
    /// Blank lines are skipped. <paramref name="source"/> names the input in error messages.</summary>
    public static TraceTable ReadCsv(TextReader reader, string source, IReadOnlyList<string>? names = null) =>
        TraceCsv.Read(reader, source, names);

    public static TraceTable ReadCsv(string path, IReadOnlyList<string>? names = null)
    {
        using var reader = new StreamReader(path);
        return ReadCsv(reader, path, names);
    }

    /// <summary>Writes <c>{"t": [...], "v": [...]}</c> indented by 4 as Python's <c>json.dump(..., indent=4)</c>
    /// (NaN and infinities as Python writes them: <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>).</summary>
    public void WriteJson(TextWriter writer) => TraceJson.Write(this, writer);

    public void WriteJson(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        WriteJson(writer);
    }

    /// <summary>Reads a JSON object whose members are arrays of numbers (Python's NaN and Infinity allowed).</summary>
    public static TraceTable ReadJson(TextReader reader, string source) => JsonTraceReader.Read(reader.ReadToEnd(), source);

    public static TraceTable ReadJson(string path) => JsonTraceReader.Read(File.ReadAllText(path), path);

    internal IReadOnlyList<(string Name, Vector Column)> Columns => _columns;

    /// <summary>Rows need every column to have the same number of samples.</summary>
    internal int RowCount()
    {
        if (_columns.Count == 0) return 0;
        var count = _columns[0].Column.Count;
        foreach (var (name, column) in _columns)
            if (column.Count != count)
                throw new InvalidOperationException(
                    $"column '{name}' has {column.Count} values but '{_columns[0].Name}' has {count}: rows need columns of one length");
        return count;
    }

    private static string Describe(IReadOnlyList<string> names) =>
        names.Count == 0 ? "no columns" : string.Join(", ", names.Select(n => $"'{n}'"));
}
