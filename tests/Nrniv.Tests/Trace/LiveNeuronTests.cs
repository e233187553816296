using System.Diagnostics;
using System.Text.Json;
using Nrniv.Compare;
using Xunit.Abstractions;

namespace Nrniv.Tests.Trace;

/// <summary>
/// The hand-written mechanisms traced by NEURON now (the shared oracle's nrnivmodl-ref.sh and
/// neuron_trace.py) and by us, compared file for file. Says visibly that it did not run when
/// NEURON or the oracle is not installed; the committed golden folders are tested regardless.
/// </summary>
[Collection(CompiledLibrariesCollection.Name)]
public sealed class LiveNeuronTests(CompiledLibraries libraries, ITestOutputHelper output)
{
    private const string Python = "/usr/bin/python3";

    private static string Oracle => Path.Combine(RepoPaths.Root, "..", "shared", "oracle");

    /// <summary>Our built-ins are written to be NEURON's: NEURON's own translator must accept them
    /// as they are (it refuses, for one, a BBCOREPOINTER not also declared in ASSIGNED).</summary>
    [Fact]
    public void NEURONs_nrnivmodl_accepts_every_builtin_of_mod()
    {
        if (!NeuronAvailable(out var why))
        {
            output.WriteLine($"NOT RUN: NEURON's nrnivmodl on mod/ skipped: {why}");
            return;
        }
        using var work = TraceFolder.Empty();
        var mods = Path.Combine(work.Path, "mods");
        Directory.CreateDirectory(mods);
        foreach (var mod in Directory.GetFiles(Path.Combine(RepoPaths.Root, "mod"), "*.mod")) File.Copy(mod, Path.Combine(mods, Path.GetFileName(mod)));
        var (compiled, log) = Execute(Path.Combine(Oracle, "nrnivmodl-ref.sh"), [mods], work.Path);
        Assert.True(compiled == 0, $"NEURON's nrnivmodl refused mod/:\n{log}");
    }

    [Fact]
    public void Hand_written_mechanisms_match_NEURON_run_now()
    {
        if (!NeuronAvailable(out var why))
        {
            output.WriteLine($"NOT RUN: live comparison with NEURON skipped: {why}");
            return;
        }
        using var work = TraceFolder.Empty();
        var mods = Path.Combine(work.Path, "mods");
        Directory.CreateDirectory(mods);
        foreach (var mod in Directory.GetFiles(CompiledLibraries.OwnMods, "*.mod")) File.Copy(mod, Path.Combine(mods, Path.GetFileName(mod)));
        var (compiled, log) = Execute(Path.Combine(Oracle, "nrnivmodl-ref.sh"), [mods], work.Path);
        Assert.True(compiled == 0, $"NEURON's nrnivmodl failed:\n{log}");

        var mismatches = new List<string>();
        foreach (var dir in Directory.GetDirectories(RepoPaths.Golden(Path.Combine("trace", "own"))).Order(StringComparer.Ordinal))
        {
            var mechanism = Path.GetFileName(dir);
            var neuron = Path.Combine(work.Path, "neuron-" + mechanism);
            Directory.CreateDirectory(neuron);
            var (exit, text) = Execute(Python, [Path.Combine(Oracle, "neuron_trace.py"), "--lib", mods, "--mech", mechanism, "--out", neuron], neuron);
            Assert.True(exit == 0, $"neuron_trace.py {mechanism}: exit {exit}\n{text}");
            var ours = Path.Combine(work.Path, "ours-" + mechanism);
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(neuron, "meta.json")));
            string[] amps = meta.RootElement.TryGetProperty("amps_nA", out var a)
                ? ["--amps", string.Join(",", a.EnumerateArray().Select(x => x.GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture)))]
                : [];
            var run = TraceRunner.Run(libraries.Own, mechanism, ours, amps);
            Assert.True(run.ExitCode == 0, $"nrniv trace {mechanism}: {run.Error}");
            var report = TraceComparison.Compare(neuron, ours, Tolerance.Default);
            output.WriteLine($"{mechanism}: {(report.Passed ? "matches" : "differs")} ({report.FailedColumnCount} of {report.ColumnCount} columns beyond tolerance)");
            if (!report.Passed) mismatches.Add(mechanism);
        }
        Assert.Empty(mismatches);
    }

    private static bool NeuronAvailable(out string why)
    {
        if (!File.Exists(Path.Combine(Oracle, "neuron_trace.py")) || !File.Exists(Path.Combine(Oracle, "nrnivmodl-ref.sh")))
        {
            why = $"the shared oracle is not at {Path.GetFullPath(Oracle)}";
            return false;
        }
        if (!File.Exists(Python))
        {
            why = $"{Python} does not exist";
            return false;
        }
        var (exit, text) = Execute(Python, ["-c", "import neuron"], Path.GetTempPath());
        why = exit == 0 ? "" : $"NEURON's Python module does not load: {text.Trim()}";
        return exit == 0;
    }

    private static (int Exit, string Text) Execute(string program, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
