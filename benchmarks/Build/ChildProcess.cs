using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BuildBenchmark;

/// <summary>Runs a command to completion and measures it: wall time, and the CPU time of it and
/// every process it waited for (getrusage of the children), so that a loaded machine shows up as
/// wall time above CPU time rather than as a slower compiler.</summary>
internal static partial class ChildProcess
{
    public sealed record Result(int Exit, string Output, TimeSpan Wall, TimeSpan Cpu);

    public static Result Run(string command, IEnumerable<string> arguments, string workingFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var cpuBefore = ChildrenCpu();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        return new Result(process.ExitCode, output + error.Result, clock.Elapsed, ChildrenCpu() - cpuBefore);
    }

    /// <summary>The full path of <paramref name="command"/> found on PATH, or null. (Process.Start
    /// would look beside this program first, where our own nrnivmodl is.)</summary>
    public static string? FindOnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Where(folder => folder.Length > 0).Select(folder => Path.Combine(folder, command)).FirstOrDefault(File.Exists);

    private static TimeSpan ChildrenCpu()
    {
        if (GetRusage(RusageChildren, out var usage) != 0) return TimeSpan.Zero;
        return TimeSpan.FromTicks((usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond
                                  + (usage.UserMicroseconds + usage.SystemMicroseconds) * TimeSpan.TicksPerMicrosecond);
    }

    private const int RusageChildren = -1;

    /// <summary>The start of Linux's <c>struct rusage</c> on 64-bit: user and system time as timevals; the rest is padding.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public Padding Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Padding
    {
        private long _element;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);
}
