using Nrniv.Compare;
using Xunit.Abstractions;

namespace Nrniv.Tests.Trace;

/// <summary>
/// <c>nrniv trace</c> against NEURON's own output of the same protocol (neuron_trace.py, golden
/// folders written by tests/oracle/trace/make_golden.py and tests/oracle/demo/make_golden.py),
/// compared by <c>nrniv compare</c>'s rule at its defaults (1e-6 absolute or relative). The
/// current steps are NEURON's (<c>--amps</c> from its meta.json) so that the traces test the
/// mechanism and not our input resistance, which has its own test. The files' headers (column
/// names and their order) must be NEURON's exactly.
/// </summary>
[Collection(CompiledLibrariesCollection.Name)]
public sealed class TraceGoldenTests(CompiledLibraries libraries, ITestOutputHelper output)
{
    public static TheoryData<string, string> All() => Cases(_ => true);

    /// <summary>
    /// Every mechanism, the event-driven ones included: their NetCon and self events fall on
    /// sampling times of <c>record(ref, 0.1)</c> (at 20, 25, 35, 45 ms the accumulated sampling
    /// time is a few ulps above the event), where NEURON's sample shows the state after the event.
    /// </summary>
    [Theory]
    [MemberData(nameof(All))]
    public void Trace_matches_NEURON(string group, string mechanism)
    {
        var report = Trace(new TraceCase(group, mechanism));
        if (report is null) return;
        Assert.True(report.Passed, Describe(report));
    }

    [Theory]
    [InlineData("ExpSyn")]
    [InlineData("Exp2Syn")]
    [InlineData("facsyn")]
    public void Every_step_recording_matches_NEURON(string mechanism)
    {
        var library = mechanism == "facsyn" ? libraries.Own : null;
        using var ours = TraceFolder.Empty();
        var run = TraceRunner.Run(library, mechanism, ours.Path, "--record-dt", "0");
        Assert.True(run.ExitCode == 0, run.Error);
        var report = TraceComparison.Compare(RepoPaths.Golden(Path.Combine("trace", "every-step", mechanism)), ours.Path, Tolerance.Default);
        Assert.True(report.Passed, Describe(report));
    }

    [Fact]
    public void Every_mechanism_of_the_issue_has_a_golden_folder()
    {
        var names = TraceCase.All().Select(c => c.Mechanism).ToHashSet();
        string[] builtins = ["pas", "hh", "IClamp", "AlphaSynapse", "ExpSyn", "Exp2Syn", "SEClamp", "VClamp", "APCount", "NetStim", "IntFire1", "IntFire2", "IntFire4"];
        string[] own = ["kinchan", "cadyn", "facsyn", "burster", "tabna", "gradsyn", "nlgate"];
        string[] demo = ["HHk", "HHna", "IntervalFire", "MCna", "cachan", "cachan1", "cadifpmp", "capump", "nacax", "trel"];
        Assert.Equal([], builtins.Concat(own).Concat(demo).Where(n => !names.Contains(n)));
    }

    private ComparisonReport? Trace(TraceCase c)
    {
        if (!TraceRunner.TryLibrary(libraries, c, out var library))
        {
            output.WriteLine($"NOT RUN: NEURON's demo mechanisms are not installed ({CompiledLibraries.DemoFolder}); {c} was not traced");
            return null;
        }
        using var ours = TraceFolder.Empty();
        string[] amps = c.Amps is { } a ? ["--amps", a] : [];
        var run = TraceRunner.Run(library, c.Mechanism, ours.Path, amps);
        Assert.True(run.ExitCode == 0, $"nrniv trace {c}: exit {run.ExitCode}: {run.Error}");
        foreach (var csv in Directory.GetFiles(c.Golden, "*.csv"))
        {
            var name = Path.GetFileName(csv);
            Assert.Equal(File.ReadLines(csv).First(), File.ReadLines(ours.File(name)).First());
        }
        var report = TraceComparison.Compare(c.Golden, ours.Path, Tolerance.Default);
        output.WriteLine(Describe(report));
        return report;
    }

    private static string Describe(ComparisonReport report) =>
        string.Join("\n", report.Files.SelectMany(f => f.Problem is { } p
            ? [$"{f.File}: {p}"]
            : f.Columns.Select(c => $"{f.File} {c}")));

    private static TheoryData<string, string> Cases(Func<TraceCase, bool> keep)
    {
        var data = new TheoryData<string, string>();
        foreach (var c in TraceCase.All().Where(keep)) data.Add(c.Group, c.Mechanism);
        return data;
    }
}
