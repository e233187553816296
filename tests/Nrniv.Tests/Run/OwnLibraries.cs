namespace Nrniv.Tests.Run;

/// <summary>Two one-mechanism libraries of our own (leak currents <c>leak2</c> and <c>leak3</c>, each
/// in its own folder), compiled once by our nrnivmodl: mechanisms no other library defines.</summary>
public sealed class OwnLibraries : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public OwnLibraries()
    {
        Leak2 = Compile("leak2", 0.0007, -70);
        Leak3 = Compile("leak3", 0.0002, -60);
    }

    /// <summary>The folder holding leak2.mod and, after nrnivmodl, x86_64/nrnmech.dll.</summary>
    public string Leak2 { get; }

    public string Leak3 { get; }

    /// <summary>The compiled library of <paramref name="folder"/>.</summary>
    public static string LibraryOf(string folder) => Path.Combine(folder, "x86_64", "nrnmech.dll");

    private string Compile(string suffix, double g, double e)
    {
        var folder = _folder.File(suffix);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, suffix + ".mod"), $$"""
            NEURON { SUFFIX {{suffix}} NONSPECIFIC_CURRENT i RANGE g, e }
            PARAMETER { g = {{g}} (S/cm2) e = {{e}} (mV) }
            ASSIGNED { v (mV) i (mA/cm2) }
            BREAKPOINT { i = g * (v - e) }
            """);
        var build = ToolProcess.Run("nrnivmodl", folder, folder);
        if (build.ExitCode != 0) throw new InvalidOperationException($"nrnivmodl failed on {suffix}.mod:\n{build.Output}\n{build.Error}");
        return folder;
    }

    public void Dispose() => _folder.Dispose();
}
