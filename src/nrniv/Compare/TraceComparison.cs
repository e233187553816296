namespace Nrniv.Compare;

/// <summary>
/// Compares two folders of traces (the *.csv files directly inside each) file by file and
/// column by column. Files or columns found in one folder only, files of different kinds and
/// sampled files with different time bases are failures, never skipped.
/// </summary>
public static class TraceComparison
{
    public static ComparisonReport Compare(string folderA, string folderB, Tolerance tolerance)
    {
        CheckTolerance(tolerance);
        var filesA = CsvFiles(folderA);
        var filesB = CsvFiles(folderB);
        if (filesA.Count == 0 && filesB.Count == 0)
        {
            throw new TraceInputException($"neither '{folderA}' nor '{folderB}' holds any .csv trace file");
        }
        var names = filesA.Keys.Union(filesB.Keys).Order(StringComparer.Ordinal);
        var results = new List<FileResult>();
        foreach (string name in names)
        {
            results.Add((filesA.TryGetValue(name, out string? pathA), filesB.TryGetValue(name, out string? pathB)) switch
            {
                (true, true) => CompareFile(name, TraceCsvReader.Read(pathA!), TraceCsvReader.Read(pathB!), tolerance),
                (true, false) => new FileResult(name, $"only in A ({folderA})", []),
                _ => new FileResult(name, $"only in B ({folderB})", []),
            });
        }
        return new ComparisonReport(folderA, folderB, tolerance, results);
    }

    private static void CheckTolerance(Tolerance tolerance)
    {
        if (!(tolerance.Absolute >= 0) || !(tolerance.Relative >= 0) || !(tolerance.Time >= 0))
        {
            throw new TraceInputException(
                $"tolerances must be zero or positive numbers, got vtol={NumberText.Of(tolerance.Absolute)}, rtol={NumberText.Of(tolerance.Relative)}, ttol={NumberText.Of(tolerance.Time)}");
        }
    }

    private static Dictionary<string, string> CsvFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new TraceInputException($"'{folder}' is not a folder");
        }
        try
        {
            return Directory.EnumerateFiles(folder, "*.csv")
                .ToDictionary(p => Path.GetFileName(p), p => p, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TraceInputException($"'{folder}': cannot list the folder: {e.Message}");
        }
    }

    private static FileResult CompareFile(string name, TraceTable a, TraceTable b, Tolerance tolerance)
    {
        if (a.Kind != b.Kind)
        {
            return new FileResult(name, $"different kinds: {a.Kind} in A, {b.Kind} in B", []);
        }
        bool sampled = a.Kind == TraceFileKind.Samples;
        string? timeProblem = sampled ? TimeBaseProblem(a, b, tolerance) : null;
        // Column 0 of a sampled file is its time base, checked above; in a spike file it is data.
        int firstData = sampled ? 1 : 0;
        var columns = new List<ColumnResult>();
        for (int i = firstData; i < a.Keys.Count; i++)
        {
            string key = a.Keys[i];
            int j = IndexOf(b.Keys, key);
            if (j < 0)
            {
                columns.Add(new MissingColumn(key, ComparedSide.A));
            }
            else if (timeProblem is null)
            {
                columns.Add(sampled
                    ? SampledColumnComparer.Compare(key, a.Columns[0], a.Columns[i], b.Columns[j], tolerance)
                    : SpikeColumnComparer.Compare(key, a.Columns[i], b.Columns[j], tolerance));
            }
        }
        foreach (string key in b.Keys.Skip(firstData).Where(k => IndexOf(a.Keys, k) < 0))
        {
            columns.Add(new MissingColumn(key, ComparedSide.B));
        }
        return new FileResult(name, timeProblem, columns);
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key)
            {
                return i;
            }
        }
        return -1;
    }

    private static string? TimeBaseProblem(TraceTable a, TraceTable b, Tolerance tolerance)
    {
        double[] ta = a.Columns[0], tb = b.Columns[0];
        if (ta.Length != tb.Length)
        {
            return $"different time bases: {ta.Length} rows{Span(ta)} in A, {tb.Length} rows{Span(tb)} in B";
        }
        for (int i = 0; i < ta.Length; i++)
        {
            if (!tolerance.Accepts(SampleDifference.Of(ta[i], tb[i])))
            {
                return $"different time bases: line {i + 2} has t = {NumberText.Of(ta[i])} in A, t = {NumberText.Of(tb[i])} in B";
            }
        }
        return null;
    }

    private static string Span(double[] t) =>
        t.Length == 0 ? "" : $" (t = {NumberText.Of(t[0])} .. {NumberText.Of(t[^1])})";
}
