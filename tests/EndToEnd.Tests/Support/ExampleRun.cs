using System.Diagnostics;

namespace EndToEnd.Tests.Support;

/// <summary>Runs an example program of examples/ as a user runs it (its own process, built beside
/// the tests) and captures what it prints.</summary>
public static class ExampleRun
{
    public sealed record Result(int Exit, string Out, string Err);

    public static Result Run(string example, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, example + ".dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result.ReplaceLineEndings("\n"), stderr);
    }
}
