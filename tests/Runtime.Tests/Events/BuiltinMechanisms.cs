using System.Diagnostics;

namespace Nrn.Runtime.Tests.Events;

/// <summary>NEURON's built-ins as our own .mod files (mod/), compiled by our nrnivmodl into a
/// temporary folder once per test run; the event tests run on them instead of hand-written kernels.</summary>
internal static class BuiltinMechanisms
{
    private static readonly Lazy<string> Compiled = new(Compile);

    /// <summary>The compiled library (<c>x86_64/nrnmech.dll</c> in the temporary folder).</summary>
    public static string LibraryPath => Compiled.Value;

    private static string Compile()
    {
        var folder = Directory.CreateTempSubdirectory("events-builtins-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, true);
        foreach (var mod in Directory.GetFiles(Path.Combine(TestSupport.RepoRoot, "mod"), "*.mod"))
            File.Copy(mod, Path.Combine(folder, Path.GetFileName(mod)));
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nrnivmodl.dll"));
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nrnivmodl");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"nrnivmodl failed on mod/ (exit {process.ExitCode}):\n{stdout.Result}\n{stderr}");
        return Path.Combine(folder, "x86_64", "nrnmech.dll");
    }

    /// <summary>The dotnet host running the tests (the CLI passes it to child processes).</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
