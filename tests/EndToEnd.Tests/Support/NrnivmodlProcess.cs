using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EndToEnd.Tests.Support;

/// <summary>Runs the nrnivmodl built beside the tests in its own process, as a user does, with its
/// compile server (if any) in a folder of the test's own, and stops that server on dispose.</summary>
public sealed partial class NrnivmodlProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <param name="environment">Variables set for every run besides the server's folder.</param>
    public NrnivmodlProcess(string serverFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        ServerFolder = serverFolder;
        _environment = environment ?? new Dictionary<string, string>();
    }

    public string ServerFolder { get; }

    public sealed record Result(int Exit, string Out, string Err)
    {
        /// <summary>The process id of the compile server that did the build (from <c>-v</c>), or null.</summary>
        public int? Server => ServerLine().Match(Out) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;
    }

    /// <summary>Runs nrnivmodl in <paramref name="folder"/>; its output must end when it does (a
    /// server holding the pipes open would make this wait until the limit).</summary>
    public Result Run(string folder, params string[] args) => Start(folder, args)();

    /// <summary>Starts nrnivmodl and returns what waits for it, so that several run at once.</summary>
    public Func<Result> Start(string folder, params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet())
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NRNIVMODL_SERVER_DIR"] = ServerFolder;
        start.Environment.Remove("NRNIVMODL_NO_SERVER");
        foreach (var (name, value) in _environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nrnivmodl.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        return () =>
        {
            using (process)
            {
                if (!Task.WhenAll(output, error).Wait(Limit) || !process.WaitForExit(Limit))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"nrnivmodl {string.Join(' ', args)} (or something it left behind) held its output for {Limit}");
                }
                return new Result(process.ExitCode, output.Result, error.Result);
            }
        };
    }

    /// <summary>True when process <paramref name="id"/> is still running.</summary>
    public static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Waits up to ten seconds for process <paramref name="id"/> to end; true when it did.</summary>
    public static bool Ended(int id)
    {
        var clock = Stopwatch.StartNew();
        while (IsRunning(id))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(10)) return false;
            Thread.Sleep(50);
        }
        return true;
    }

    public void Dispose() => Run(ServerFolder, "--shutdown-server");

    private static string Dotnet() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    [GeneratedRegex(@"Built by the compile server \(process (\d+)\)")]
    private static partial Regex ServerLine();
}
