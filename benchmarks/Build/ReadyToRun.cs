using System.Runtime.InteropServices;

namespace BuildBenchmark;

/// <summary>nrnivmodl published ReadyToRun (its own and Roslyn's code compiled ahead of time), so
/// that a run spends no time JIT-compiling the compiler.</summary>
internal static class ReadyToRun
{
    /// <summary>Publishes src/nrnivmodl into <paramref name="folder"/>; the path of its assembly, or
    /// null (said on <paramref name="log"/>) when publishing fails, e.g. without the crossgen package.</summary>
    public static string? Publish(string root, string folder, TextWriter log)
    {
        log.WriteLine($"ReadyToRun: publishing src/nrnivmodl for {RuntimeInformation.RuntimeIdentifier} (not timed) ...");
        var result = ChildProcess.Run("dotnet",
            ["publish", Path.Combine(root, "src", "nrnivmodl"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
             "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder], root);
        if (result.Exit == 0) return Path.Combine(folder, "nrnivmodl.dll");
        log.WriteLine($"ReadyToRun: publish failed, so that variant is SKIPPED:\n{result.Output}");
        return null;
    }
}
