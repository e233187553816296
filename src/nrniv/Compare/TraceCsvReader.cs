using System.Globalization;

namespace Nrniv.Compare;

/// <summary>
/// Reads the CSV written by NEURON trace scripts: a header of column names, then rows of
/// numbers printed with <c>%.10g</c> (so also <c>nan</c>, <c>inf</c>, <c>-inf</c>), comma-separated,
/// no quoting. Every error names the file, the line and, for a bad value, the column.
/// </summary>
public static class TraceCsvReader
{
    public static TraceTable Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TraceInputException($"{path}: cannot read the file: {e.Message}");
        }
        if (lines.Length == 0 || lines[0].Length == 0)
        {
            throw new TraceInputException($"{path}:1: the header line is missing or empty");
        }
        string[] names = lines[0].Split(',');
        TraceFileKind kind = KindOf(path, names);
        CheckNames(path, names);
        var columns = new double[names.Length][];
        int rows = lines.Length - 1;
        for (int c = 0; c < names.Length; c++)
        {
            columns[c] = new double[rows];
        }
        for (int r = 0; r < rows; r++)
        {
            ReadRow(path, r + 2, lines[r + 1], names, columns, r);
        }
        return new TraceTable(kind, names, columns, rows);
    }

    private static TraceFileKind KindOf(string path, string[] names) => names[0] switch
    {
        "t" => TraceFileKind.Samples,
        "spike_t" => TraceFileKind.Spikes,
        _ => throw new TraceInputException(
            $"{path}:1:1: the first column must be 't' (sampled traces) or 'spike_t' (spike times), found '{names[0]}'"),
    };

    private static void CheckNames(string path, string[] names)
    {
        for (int c = 0; c < names.Length; c++)
        {
            if (names[c].Trim().Length == 0)
            {
                throw new TraceInputException($"{path}:1: column {c + 1} of the header has no name");
            }
        }
    }

    private static void ReadRow(string path, int line, string text, string[] names, double[][] columns, int row)
    {
        string[] fields = text.Split(',');
        if (fields.Length != names.Length)
        {
            throw new TraceInputException(
                $"{path}:{line}: expected {names.Length} fields as in the header, found {fields.Length}");
        }
        for (int c = 0; c < fields.Length; c++)
        {
            if (!TryParse(fields[c], out columns[c][row]))
            {
                throw new TraceInputException(
                    $"{path}:{line}: column {c + 1} ('{names[c]}'): '{fields[c]}' is not a number");
            }
        }
    }

    private static bool TryParse(string field, out double value)
    {
        string s = field.Trim();
        switch (s.ToLowerInvariant())
        {
            case "":
            case "nan":
            case "-nan":
                value = double.NaN;
                return true;
            case "inf":
            case "+inf":
                value = double.PositiveInfinity;
                return true;
            case "-inf":
                value = double.NegativeInfinity;
                return true;
        }
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }
}
