namespace Nrnivmodl;

/// <summary>What a build tells the user while it runs, file by file.</summary>
internal interface IBuildProgress
{
    void Translating(string file);

    /// <summary>The file is unchanged since an earlier build; its cached C# is used.</summary>
    void Reused(string file);

    /// <summary>Compiling <paramref name="modules"/> changed mechanism modules, then the library of all <paramref name="mechanisms"/>.</summary>
    void Compiling(int modules, int mechanisms);

    /// <summary>The modules are compiled; the library (accessors and index) is next.</summary>
    void ModulesCompiled();

    void Compiled();
}

/// <summary>NEURON-like lines (<c>Translating hh.mod into x86_64/nrnmech.dll</c>), for logs and
/// pipes; with <c>-v</c> also the reused files and the time each phase took.</summary>
internal sealed class PlainProgress(TextWriter output, string library, bool verbose) : IBuildProgress
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private TimeSpan _translated;
    private TimeSpan _modules;

    public void Translating(string file) => output.WriteLine($"Translating {Path.GetFileName(file)} into {library}");

    public void Reused(string file)
    {
        if (verbose) output.WriteLine($"Unchanged {Path.GetFileName(file)}: its translation is reused");
    }

    public void Compiling(int modules, int mechanisms)
    {
        _translated = _clock.Elapsed;
        if (verbose) output.WriteLine($"Translated in {_translated.TotalSeconds:F2} s; compiling {modules} of {mechanisms} mechanism module(s) and {library}");
    }

    public void ModulesCompiled() => _modules = _clock.Elapsed;

    public void Compiled()
    {
        if (verbose)
            output.WriteLine($"Compiled in {(_clock.Elapsed - _translated).TotalSeconds:F2} s (modules {(_modules - _translated).TotalSeconds:F2} s, library {(_clock.Elapsed - _modules).TotalSeconds:F2} s)");
    }
}
