using System.Text;

namespace Nrn;

/// <summary>CSV as Python's csv module writes and reads it: comma separated, CR LF line ends,
/// fields holding a comma, quote or line break quoted with doubled quotes.</summary>
internal static class TraceCsv
{
    public static void Write(TraceTable table, TextWriter writer, bool header)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rows = table.RowCount();
        var columns = table.Columns;
        if (header)
        {
            for (var c = 0; c < columns.Count; c++) WriteField(writer, c, Quote(columns[c].Name));
            writer.Write(LineEnd);
        }
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns.Count; c++) WriteField(writer, c, PythonFloat.Repr(columns[c].Column[r]));
            writer.Write(LineEnd);
        }
    }

    private const string LineEnd = "\r\n";

    private static void WriteField(TextWriter writer, int column, string text)
    {
        if (column > 0) writer.Write(',');
        writer.Write(text);
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    public static TraceTable Read(TextReader reader, string source, IReadOnlyList<string>? names)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var columns = new List<Vector>();
        string[]? header = null;
        var lineNumber = 0;
        var firstRowLine = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = Split(line, source, lineNumber);
            if (firstRowLine == 0)
            {
                firstRowLine = lineNumber;
                if (!fields.Any(f => PythonFloat.TryParse(f.Text, out _)))
                {
                    header = [.. fields.Select(f => f.Text)];
                    CheckHeader(header, names, source, lineNumber);
                    columns.AddRange(header.Select(_ => new Vector()));
                    continue;
                }
                columns.AddRange(fields.Select(_ => new Vector()));
            }
            if (fields.Count != columns.Count)
                throw new DataFormatException(source, lineNumber, 1,
                    $"this row has {fields.Count} fields but line {firstRowLine} has {columns.Count}");
            for (var c = 0; c < fields.Count; c++)
            {
                if (!PythonFloat.TryParse(fields[c].Text, out var value))
                    throw new DataFormatException(source, lineNumber, fields[c].Column, $"expected a number, found '{fields[c].Text}'");
                columns[c].Append(value);
            }
        }
        var columnNames = header ?? names?.ToArray() ?? [.. Enumerable.Range(0, columns.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        if (columnNames.Length != columns.Count)
            throw new DataFormatException(source, Math.Max(firstRowLine, 1), 1,
                $"{columnNames.Length} column names were given ({string.Join(", ", columnNames)}) but the rows have {columns.Count} fields");
        var table = new TraceTable();
        for (var c = 0; c < columns.Count; c++) table.Add(columnNames[c], columns[c]);
        return table;
    }

    private static void CheckHeader(string[] header, IReadOnlyList<string>? names, string source, int line)
    {
        if (names is not null && !header.SequenceEqual(names))
            throw new DataFormatException(source, line, 1,
                $"the header names the columns {string.Join(", ", header)} but {string.Join(", ", names)} were expected");
        var duplicate = header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DataFormatException(source, line, 1, $"the header names column '{duplicate.Key}' twice");
        var empty = Array.IndexOf(header, "");
        if (empty >= 0) throw new DataFormatException(source, line, 1, $"header field {empty + 1} is empty");
    }

    /// <summary>The fields of one line with the 1-based column each starts at.</summary>
    private static List<(string Text, int Column)> Split(string line, string source, int lineNumber)
    {
        var fields = new List<(string, int)>();
        var i = 0;
        while (true)
        {
            var start = i;
            var text = new StringBuilder();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                        throw new DataFormatException(source, lineNumber, start + 1, "a quoted field is not closed on its line");
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        text.Append('"');
                        i += 2;
                    }
                    else if (line[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else text.Append(line[i++]);
                }
                if (i < line.Length && line[i] != ',')
                    throw new DataFormatException(source, lineNumber, i + 1, $"expected ',' after a quoted field, found '{line[i]}'");
            }
            else
            {
                while (i < line.Length && line[i] != ',') text.Append(line[i++]);
            }
            fields.Add((text.ToString(), start + 1));
            if (i >= line.Length) return fields;
            i++;
        }
    }
}
