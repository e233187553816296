using System.Text.Json;
using EndToEnd.Tests.Support;
using Nrn;

namespace EndToEnd.Tests;

/// <summary>tests/oracle/beforeafter/mods/batest.mod (every kind of BEFORE/AFTER block) compiled by
/// our nrnivmodl with hh and IClamp of mod/, against NEURON 8.2.2 compiling and running the same
/// file (tests/golden/beforeafter, from make_beforeafter_golden.py next to the mod): every value
/// bit for bit.</summary>
public sealed class BeforeAfterGoldenTests
{
    private static readonly string[] Variables =
        ["count", "bi", "ini", "ai", "bb", "as", "bs", "tbb", "tas", "tbs", "vbb", "vas", "vbs", "gnow", "w", "i"];

    [Fact]
    public void Generated_BEFORE_AFTER_blocks_run_where_NEURON_runs_them()
    {
        using var folder = new TempFolder("e2e-beforeafter-");
        folder.Copy(Path.Combine(Paths.RepositoryRoot, "tests", "oracle", "beforeafter", "mods", "batest.mod"));
        var build = NrnivmodlRun.Run(folder.Path);
        Assert.True(build.Exit == 0, $"nrnivmodl failed:\n{build.Out}\n{build.Err}");

        var sim = new Simulation();
        sim.LoadMechanisms(Path.Combine(folder.Path, "x86_64", "nrnmech.dll"));
        var soma = sim.Section("soma");
        soma.L = soma.Diam = 20;
        soma.Insert("hh");
        soma.Insert("batest");
        var dend = sim.Section("dend");
        dend.L = 200;
        dend.Diam = 2;
        dend.Nseg = 3;
        dend.Insert("batest");
        foreach (var seg in dend.Segments()) seg["g_batest"] = 0.0002;
        dend.Connect(soma[1]);
        var stim = sim.PointProcess("IClamp", soma[0.5]);
        (stim["del"], stim["dur"], stim["amp"]) = (1.0, 5.0, 0.3);
        var traces = new Dictionary<string, Nrn.Vector>();
        foreach (var (where, seg) in new[] { ("soma", soma[0.5]), ("dend", dend[0.5]) })
        {
            traces[$"{where}.v"] = new Nrn.Vector().Record(seg.Ref("v"));
            foreach (var name in Variables) traces[$"{where}.{name}"] = new Nrn.Vector().Record(seg.Ref($"{name}_batest"));
        }
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        sim.ContinueRun(10);

        var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "beforeafter", "beforeafter.json")));
        foreach (var trace in golden.RootElement.GetProperty("traces").EnumerateObject())
        {
            var expected = trace.Value.EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var actual = traces[trace.Name].AsSpan().ToArray();
            Assert.Equal(expected.Length, actual.Length);
            for (var k = 0; k < expected.Length; k++)
                Assert.True(expected[k] == actual[k],
                    $"{trace.Name}[{k}]: NEURON {expected[k]:R}, ours {actual[k]:R}");
        }
    }
}
