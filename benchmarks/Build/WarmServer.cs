using System.Text.RegularExpressions;

namespace BuildBenchmark;

/// <summary>Our nrnivmodl with its compile server running and warm (it built a copy of the folder
/// once, untimed). Each build's CPU time is the client's (a child the benchmark waits for) plus
/// what the server spent meanwhile (from /proc), as the server is nobody's child.</summary>
internal sealed partial record WarmServer : Compiler
{
    private readonly string _serverFolder;
    private TimeSpan _serverCpu;

    public WarmServer(string name, string assembly, string serverFolder)
        : base(name, "dotnet", [assembly, ".", "-v"], "x86_64/nrnmech.dll", new Dictionary<string, string> { ["NRNIVMODL_SERVER_DIR"] = serverFolder }) =>
        _serverFolder = serverFolder;

    public override void Prepare(string folder)
    {
        var warmUp = folder + "-warm-up";
        CopyMods(folder, warmUp);
        Build(warmUp);
        Directory.Delete(warmUp, recursive: true);
    }

    public override ChildProcess.Result Build(string folder)
    {
        var result = base.Build(folder);
        if (ServerProcess().Match(result.Output) is not { Success: true } match)
            throw new InvalidOperationException($"{Name}: the build did not run in the compile server:\n{Tail(result.Output)}");
        var total = ProcessCpu(int.Parse(match.Groups[1].Value));
        var spent = total - _serverCpu;
        _serverCpu = total;
        return result with { Cpu = result.Cpu + spent };
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
