using System.Globalization;
using Nrn;
using Nrniv.Cli;

namespace Nrniv.Run;

/// <summary>Runs a script: reads it, creates the simulation with its mechanism libraries (as
/// NEURON loads <c>./x86_64</c> and <c>-dll</c> libraries before the script starts), compiles it or
/// takes it from the cache, and runs it with the invariant culture (numbers print as in Python,
/// whatever the machine's locale).</summary>
internal static class ScriptRunner
{
    /// <summary>Exit status of a script that did not compile or threw.</summary>
    public const int ScriptFailed = 1;

    public static int Run(RunRequest request, TextWriter error)
    {
        var timing = request.Timing ? new StartupTiming() : null;
        timing?.Mark("nrniv ready");
        if (ReadScript(request.Script, error) is not var (path, text)) return ExitCodes.InputError;
        if (CreateSimulation(request.Mechanisms, error) is not { } simulation) return ExitCodes.InputError;
        timing?.Mark("mechanisms loaded");
        var cache = request.CacheDirectory is null ? null : new ScriptCache(request.CacheDirectory);
        if (Obtain(path, text, cache, useCached: true, error, timing) is not var (compiled, fromCache)) return ScriptFailed;
        var script = TryLoad(compiled, fromCache ? null : error, path);
        if (script is null && fromCache)
        {
            if (Obtain(path, text, cache, useCached: false, error, timing) is not var (fresh, _)) return ScriptFailed;
            script = TryLoad(fresh, error, path);
        }
        if (script is null) return ExitCodes.InputError;
        if (timing is not null) simulation.AddRecorder(timing);
        var status = Execute(script, new ScriptGlobals(simulation, request.Arguments, path), path, error);
        timing?.Print(error);
        return status;
    }

    private static (string Path, string Text)? ReadScript(string script, TextWriter error)
    {
        var path = Path.GetFullPath(script);
        if (!File.Exists(path))
        {
            error.WriteLine(Directory.Exists(path) ? $"nrniv run: error: '{script}' is a folder, not a script"
                : script.StartsWith('-') ? $"nrniv run: error: unknown option '{script}' (run's options, before the script: {RunCommand.OptionNames})"
                : $"nrniv run: error: script '{script}' does not exist");
            return null;
        }
        try
        {
            return (path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"nrniv run: error: cannot read script '{script}': {e.Message}");
            return null;
        }
    }

    private static Simulation? CreateSimulation(IReadOnlyList<string> mechanisms, TextWriter error)
    {
        try
        {
            return Simulation.WithDefaultMechanisms([.. mechanisms.Select(LibraryPath)]);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException
                                      or UnauthorizedAccessException or BadImageFormatException or ArgumentException)
        {
            error.WriteLine($"nrniv run: error: {e.Message}");
            return null;
        }
    }

    /// <summary>A folder given to --mechs means the library nrnivmodl builds in it.</summary>
    private static string LibraryPath(string mechanisms)
    {
        if (!Directory.Exists(mechanisms)) return mechanisms;
        var built = Path.Combine(mechanisms, "x86_64", "nrnmech.dll");
        return File.Exists(built) ? built : Path.Combine(mechanisms, "nrnmech.dll");
    }

    /// <summary>The compiled script, from the cache when <paramref name="useCached"/> and it is there
    /// (then FromCache), else from the compiler, whose errors and warnings are printed.</summary>
    private static (CompiledScript Script, bool FromCache)? Obtain(
        string path, string text, ScriptCache? cache, bool useCached, TextWriter error, StartupTiming? timing)
    {
        var key = ScriptCache.KeyOf(path, text);
        if (useCached && cache?.TryLoad(key) is { } cached)
        {
            timing?.Mark("script from cache");
            return (cached, true);
        }
        var compilation = ScriptCompiler.Compile(path, text);
        foreach (var message in compilation.Messages) error.WriteLine(message);
        if (compilation.Script is not { } script) return null;
        timing?.Mark("script compiled");
        if (cache?.Store(key, script) is { } failure)
            error.WriteLine($"nrniv run: note: the compiled script is not cached in {cache.Directory}: {failure}");
        return (script, false);
    }

    /// <summary>Loads the compiled script; a damaged cache entry is quietly compiled again
    /// (<paramref name="error"/> null), a freshly compiled one that does not load is reported.</summary>
    private static LoadedScript? TryLoad(CompiledScript compiled, TextWriter? error, string path)
    {
        try
        {
            return compiled.Load();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or InvalidDataException or TypeLoadException)
        {
            error?.WriteLine($"nrniv run: error: cannot load the compiled script {DisplayPath.Of(path)}: {e.Message}");
            return null;
        }
    }

    private static int Execute(LoadedScript script, ScriptGlobals globals, string path, TextWriter error)
    {
        var (culture, defaultCulture) = (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture);
        CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return script.Run(globals) is int status ? status : ExitCodes.Success;
        }
        catch (Exception e)
        {
            Console.Out.Flush();
            error.WriteLine(ScriptExceptions.Describe(e, script.Assembly, path));
            return ScriptFailed;
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = defaultCulture;
        }
    }
}
