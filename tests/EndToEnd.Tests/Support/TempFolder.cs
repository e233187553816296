namespace EndToEnd.Tests.Support;

/// <summary>A temporary folder, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Copy(string file) => CopyAs(file, System.IO.Path.GetFileName(file));

    public string CopyAs(string file, string name)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.Copy(file, path, overwrite: true);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A loaded assembly may keep its file open on some systems; the folder is temporary anyway.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
