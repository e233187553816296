namespace EndToEnd.Tests.Support;

/// <summary>The built-in mechanisms of mod/, all compiled by nrnivmodl in a temporary copy.</summary>
public sealed class BuiltinLibrary : IDisposable
{
    private readonly TempFolder _folder = new("e2e-builtins-");

    public BuiltinLibrary()
    {
        var files = Directory.GetFiles(Paths.BuiltinMods, "*.mod").Order(StringComparer.Ordinal).ToList();
        foreach (var mod in files) _folder.Copy(mod);
        Files = [.. files.Select(Path.GetFileNameWithoutExtension).OfType<string>()];
        Build = NrnivmodlRun.Run(_folder.Path);
        if (Build.Exit != 0)
            throw new InvalidOperationException($"nrnivmodl failed on the built-ins of mod/:\n{Build.Out}\n{Build.Err}");
        LibraryPath = Path.Combine(_folder.Path, "x86_64", "nrnmech.dll");
    }

    /// <summary>Names of the mod/ files (without .mod), in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; }

    public NrnivmodlRun.Result Build { get; }

    public string LibraryPath { get; }

    public void Dispose() => _folder.Dispose();
}
