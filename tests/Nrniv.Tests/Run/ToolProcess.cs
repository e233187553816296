using System.Diagnostics;

namespace Nrniv.Tests.Run;

/// <summary>Runs one of the command-line tools built beside the tests (nrniv, nrnivmodl) in its own
/// process, as a user runs it: what a script prints goes to the process's stdout.</summary>
internal sealed record ToolProcess(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static ToolProcess Run(string tool, string workingDirectory, params string[] args) =>
        Run(tool, workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs <paramref name="tool"/> with <paramref name="environment"/> added to this process's environment.</summary>
    public static ToolProcess Run(string tool, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // No nrnivmodl compile server may outlive the test run.
        start.Environment["NRNIVMODL_NO_SERVER"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, tool + ".dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', args)} did not end within {Limit}");
        }
        return new ToolProcess(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The dotnet host running the tests, so the tools run on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
