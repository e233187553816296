using System.Globalization;

namespace Nrn;

/// <summary>JSON as Python's <c>json.dump(columns, f, indent=4)</c> writes it, byte for byte:
/// names escaped with only ASCII (ensure_ascii), one number per line, no final line break.</summary>
internal static class TraceJson
{
    public static void Write(TraceTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var columns = table.Columns;
        if (columns.Count == 0)
        {
            writer.Write("{}");
            return;
        }
        writer.Write("{\n");
        for (var c = 0; c < columns.Count; c++)
        {
            var (name, column) = columns[c];
            writer.Write("    ");
            WriteString(writer, name);
            writer.Write(": ");
            if (column.Count == 0) writer.Write("[]");
            else
            {
                writer.Write("[\n");
                for (var i = 0; i < column.Count; i++)
                {
                    writer.Write("        ");
                    writer.Write(PythonFloat.Json(column[i]));
                    writer.Write(i + 1 < column.Count ? ",\n" : "\n");
                }
                writer.Write("    ]");
            }
            writer.Write(c + 1 < columns.Count ? ",\n" : "\n");
        }
        writer.Write('}');
    }

    private static void WriteString(TextWriter writer, string text)
    {
        writer.Write('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"': writer.Write("\\\""); break;
                case '\\': writer.Write("\\\\"); break;
                case '\n': writer.Write("\\n"); break;
                case '\r': writer.Write("\\r"); break;
                case '\t': writer.Write("\\t"); break;
                case '\b': writer.Write("\\b"); break;
                case '\f': writer.Write("\\f"); break;
                default:
                    if (ch < 0x20 || ch > 0x7E) writer.Write("\\u" + ((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    else writer.Write(ch);
                    break;
            }
        }
        writer.Write('"');
    }
}
