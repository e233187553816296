namespace EndToEnd.Tests.Support;

/// <summary>The built-in mechanisms of mod/, compiled by nrnivmodl in a temporary copy. Every
/// file goes through <c>--check</c> first; the library holds those that pass. While mod/IClamp.mod
/// does not pass (the compiler lacks at_time), this project's IClamp.mod, the same pulse without
/// at_time, stands in for it, and <see cref="Substituted"/> says so.</summary>
public sealed class BuiltinLibrary : IDisposable
{
    private readonly TempFolder _folder = new("e2e-builtins-");

    public BuiltinLibrary()
    {
        var passed = new List<string>();
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mod in Directory.GetFiles(Paths.BuiltinMods, "*.mod").Order(StringComparer.Ordinal))
        {
            var copy = _folder.Copy(mod);
            var check = NrnivmodlRun.Run("--check", copy);
            if (check.Exit == 0) passed.Add(Path.GetFileNameWithoutExtension(mod));
            else
            {
                failed[Path.GetFileNameWithoutExtension(mod)] = check.Err;
                File.Delete(copy);
            }
        }
        if (failed.ContainsKey("IClamp"))
        {
            _folder.Copy(Path.Combine(Paths.TestMods, "IClamp.mod"));
            Substituted = ["IClamp"];
        }
        Compiled = passed;
        Failed = failed;
        Build = NrnivmodlRun.Run(_folder.Path);
        if (Build.Exit != 0)
            throw new InvalidOperationException($"nrnivmodl failed on the built-ins that pass --check:\n{Build.Out}\n{Build.Err}");
        LibraryPath = Path.Combine(_folder.Path, "x86_64", "nrnmech.dll");
    }

    /// <summary>Names of the mod/ files that compile.</summary>
    public IReadOnlyList<string> Compiled { get; }

    /// <summary>Names of the mod/ files that do not, with nrnivmodl's diagnostics.</summary>
    public IReadOnlyDictionary<string, string> Failed { get; }

    public IReadOnlyList<string> Substituted { get; } = [];

    public NrnivmodlRun.Result Build { get; }

    public string LibraryPath { get; }

    public void Dispose() => _folder.Dispose();
}
