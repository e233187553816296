namespace Nrniv.Tests;

/// <summary>A temporary folder of trace CSVs for one test, removed on dispose.</summary>
internal sealed class TraceFolder : IDisposable
{
    private TraceFolder(string path) => Path = path;

    public string Path { get; }

    public static TraceFolder Empty()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nrniv-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TraceFolder(path);
    }

    /// <summary>A copy of a committed golden folder (tests/golden/...) produced by NEURON.</summary>
    public static TraceFolder CopyOfGolden(string relative)
    {
        var folder = Empty();
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Golden(relative)))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
        }
        return folder;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public TraceFolder With(string name, string content)
    {
        System.IO.File.WriteAllText(File(name), content);
        return this;
    }

    /// <summary>Lines of a file, 1-based as an editor counts them (line 1 is the header).</summary>
    public string[] Lines(string name) => System.IO.File.ReadAllLines(File(name));

    /// <summary>Replaces one field (line 1-based, column by header name, first occurrence) and returns the old text.</summary>
    public string SetField(string name, int line, string column, string text) => SetField(name, line, Array.IndexOf(Lines(name)[0].Split(','), column), text);

    public string SetField(string name, int line, int columnIndex, string text)
    {
        string[] lines = Lines(name);
        string[] fields = lines[line - 1].Split(',');
        string old = fields[columnIndex];
        fields[columnIndex] = text;
        lines[line - 1] = string.Join(',', fields);
        System.IO.File.WriteAllLines(File(name), lines);
        return old;
    }

    /// <summary>Removes one column (by index) from every line of a file.</summary>
    public void DropColumn(string name, int columnIndex)
    {
        var lines = Lines(name).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != columnIndex)));
        System.IO.File.WriteAllLines(File(name), lines);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
