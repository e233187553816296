using System.Text.RegularExpressions;

namespace BuildBenchmark;

/// <summary>Our nrnivmodl with its compile server running and warm (it built a copy of the folder,
/// untimed). Each build's CPU time is the client's (a child the benchmark waits for) plus
/// what the server spent meanwhile (from /proc), as the server is nobody's child.</summary>
internal sealed partial record WarmServer : Compiler
{
    private readonly string _serverFolder;
    private TimeSpan _serverCpu;

    public WarmServer(string name, string assembly, string serverFolder)
        : base(name, "dotnet", [assembly, ".", "-v"], "x86_64/nrnmech.dll", new Dictionary<string, string> { ["NRNIVMODL_SERVER_DIR"] = serverFolder }) =>
        _serverFolder = serverFolder;

    /// <summary>Three clean builds of a copy: the server's hot code is then past the runtime's
    /// tiered recompilation, which would otherwise run during the timed builds.</summary>
    public override void Prepare(string folder)
    {
        var warmUp = folder + "-warm-up";
        CopyMods(folder, warmUp);
        for (var k = 0; k < WarmUpBuilds; k++)
        {
            Clean(warmUp);
            Build(warmUp);
        }
        Directory.Delete(warmUp, recursive: true);
    }

    private const int WarmUpBuilds = 3;

    /// <summary>A build, with the CPU time the server spent on it until it is idle again (the
    /// runtime may finish work in the background after the answer).</summary>
    public override ChildProcess.Result Build(string folder)
    {
        var result = base.Build(folder);
        if (ServerProcess().Match(result.Output) is not { Success: true } match)
            throw new InvalidOperationException($"{Name}: the build did not run in the compile server:\n{Tail(result.Output)}");
        var total = Settled(int.Parse(match.Groups[1].Value));
        var spent = total - _serverCpu;
        _serverCpu = total;
        return result with { Cpu = result.Cpu + spent };
    }

    /// <summary>The server's CPU time once it has not grown for a second (at most 20 s of waiting).</summary>
    private static TimeSpan Settled(int process)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = ProcessCpu(process);
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            Thread.Sleep(1000);
            var now = ProcessCpu(process);
            if (now == last) break;
            last = now;
        }
        return last;
    }

    public override void Finish()
    {
        ChildProcess.Run(Command, [Arguments[0], "--shutdown-server"], _serverFolder, Environment);
        Directory.Delete(_serverFolder, recursive: true);
    }

    private static void CopyMods(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.mod")) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    /// <summary>User plus system time of a process so far (fields 14 and 15 of /proc/PID/stat, in clock ticks of 10 ms).</summary>
    private static TimeSpan ProcessCpu(int process)
    {
        var stat = File.ReadAllText($"/proc/{process}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds(10 * (long.Parse(fields[11]) + long.Parse(fields[12])));
    }

    [GeneratedRegex(@"Built by the compile server \(process (\d+)\)")]
    private static partial Regex ServerProcess();
}
