namespace BuildBenchmark;

/// <summary>The three builds a user meets: from nothing, again with nothing changed, and after
/// editing one file. Each is run <c>repeat</c> times; the fastest counts (the others only add the
/// machine's noise).</summary>
internal static class Scenario
{
    public sealed record Times(TimeSpan Wall, TimeSpan Cpu)
    {
        public override string ToString() => $"{Wall.TotalSeconds,6:F2} s ({Cpu.TotalSeconds:F2} s CPU)";
    }

    public sealed record Row(string Folder, int Files, string Compiler, Times Clean, Times NoChange, Times OneChanged);

    public static Row Measure(Compiler compiler, string folderName, string folder, int repeat, TextWriter log)
    {
        var files = Directory.GetFiles(folder, "*.mod").Order(StringComparer.Ordinal).ToArray();
        var clean = new List<ChildProcess.Result>();
        var same = new List<ChildProcess.Result>();
        var changed = new List<ChildProcess.Result>();
        compiler.Prepare(folder);
        for (var r = 0; r < repeat; r++)
        {
            Compiler.Clean(folder);
            clean.Add(Logged(log, compiler, folderName, "clean", compiler.Build(folder)));
            same.Add(Logged(log, compiler, folderName, "no change", compiler.Build(folder)));
            ModFolders.Edit(files[r % files.Length], r);
            changed.Add(Logged(log, compiler, folderName, "one changed", compiler.Build(folder)));
        }
        return new Row(folderName, files.Length, compiler.Name, Fastest(clean), Fastest(same), Fastest(changed));
    }

    private static ChildProcess.Result Logged(TextWriter log, Compiler compiler, string folder, string what, ChildProcess.Result result)
    {
        log.WriteLine($"  {folder,-10} {compiler.Name,-22} {what,-12} {new Times(result.Wall, result.Cpu)}  load {LoadAverage()}");
        return result;
    }

    private static Times Fastest(List<ChildProcess.Result> results)
    {
        var best = results.MinBy(r => r.Wall)!;
        return new Times(best.Wall, best.Cpu);
    }

    /// <summary>The 1-minute load average (Linux), to show how busy the machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
