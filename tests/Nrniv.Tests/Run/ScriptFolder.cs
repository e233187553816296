namespace Nrniv.Tests.Run;

/// <summary>A temporary folder for one test's scripts and outputs, removed on dispose.</summary>
internal sealed class ScriptFolder : IDisposable
{
    public ScriptFolder() => Path = Directory.CreateTempSubdirectory("nrniv-run-tests-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string Read(string name) => System.IO.File.ReadAllText(File(name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere keeps the folder; it is only a temporary folder.
        }
    }
}
