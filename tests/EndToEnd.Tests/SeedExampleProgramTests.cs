using System.Globalization;
using System.Xml.Linq;
using EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>The example programs of examples/ run as a user runs them, their output against what
/// NEURON 8.2.2 printed and recorded for the seeds (seed_examples.json): topology text exactly,
/// traces to 1e-6 mV, spike times and intervals to 1e-9 ms.</summary>
public sealed class SeedExampleProgramTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _dir = new("e2e-examples-");

    public void Dispose() => _dir.Dispose();

    private ExampleRun.Result Run(string example, params string[] args)
    {
        var run = ExampleRun.Run(example, args);
        Assert.True(run.Exit == 0, $"{example} exited with {run.Exit}: {run.Err}");
        return run;
    }

    /// <summary>The numbers of a Python list printed on the line after <paramref name="heading"/>.</summary>
    private static double[] ListAfter(string stdout, string heading)
    {
        var lines = stdout.Split('\n');
        var line = lines[Array.IndexOf(lines, heading) + 1];
        return [.. line.Trim('[', ']').Split(", ").Select(x => double.Parse(x, CultureInfo.InvariantCulture))];
    }

    private static void AssertClose(double[] expected, double[] actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}]: {actual[i]:R}, NEURON {expected[i]:R}");
    }

    [Fact]
    public void HodgkinHuxley_with_four_clamps_prints_NEURONs_spike_times_ISIs_and_clamp_count()
    {
        var csv = Path.Combine(_dir.Path, "data.csv");
        var run = Run("HodgkinHuxley", "--csv", csv);
        AssertClose(SeedGolden.Numbers("hh_four_clamps_spike_times"), ListAfter(run.Out, "spike times:"), 1e-9);
        AssertClose(SeedGolden.Numbers("hh_four_clamps_isis"), ListAfter(run.Out, "ISIs:"), 1e-9);
        Assert.Contains($"Number of IClamps:\n{SeedGolden.Root.GetProperty("list_iclamp_count").GetInt32()}\n", run.Out);
        var (dt, dv) = SeedGolden.TraceDifference("hh_four_clamps_trace", SeedGolden.ReadCsv(csv));
        output.WriteLine(run.Out);
        output.WriteLine($"max |t - t_NEURON| = {dt:E2} ms, max |v - v_NEURON| = {dv:E2} mV");
        Assert.True(dt <= 1e-9 && dv <= 1e-6, $"trace differs from NEURON's: {dt} ms, {dv} mV");
    }

    [Fact]
    public void HodgkinHuxley_with_one_clamp_writes_NEURONs_trace()
    {
        var csv = Path.Combine(_dir.Path, "single.csv");
        var run = Run("HodgkinHuxley", "--clamps", "1", "--csv", csv);
        var (dt, dv) = SeedGolden.TraceDifference("hh_single_trace", SeedGolden.ReadCsv(csv));
        output.WriteLine($"max |t - t_NEURON| = {dt:E2} ms, max |v - v_NEURON| = {dv:E2} mV");
        Assert.True(dt <= 1e-9 && dv <= 1e-6, $"trace differs from NEURON's: {dt} ms, {dv} mV");
        Assert.Contains("Number of IClamps:\n1\n", run.Out);
    }

    [Fact]
    public void HodgkinHuxley_refuses_another_number_of_clamps()
    {
        var run = ExampleRun.Run("HodgkinHuxley", "--clamps", "3");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--clamps must be 1", run.Err);
    }

    /// <summary>The plot as matplotlib draws the seed's <c>pyplot.plot(t, v)</c>: its AutoLocator
    /// puts ticks every 10 ms from 0 to 50 on t (limits 0..49.5 ms plus 5% margins) and every 20 mV
    /// from -80 to 40 on v (the spikes span about -77..+40 mV), with a true minus sign.</summary>
    [Fact]
    public void HodgkinHuxley_draws_v_of_t_as_a_deterministic_svg_with_axes_labels_and_legend()
    {
        var (first, second) = (Path.Combine(_dir.Path, "a.svg"), Path.Combine(_dir.Path, "b.svg"));
        Run("HodgkinHuxley", "--svg", first);
        Run("HodgkinHuxley", "--svg", second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        var svg = XDocument.Load(first).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        string[] Texts(string cls) => [.. svg.Descendants(ns + "text").Where(e => (string?)e.Attribute("class") == cls).Select(e => e.Value)];
        Assert.Equal(["0", "10", "20", "30", "40", "50"], Texts("xticklabel"));
        Assert.Equal(["\u221280", "\u221260", "\u221240", "\u221220", "0", "20", "40"], Texts("yticklabel"));
        Assert.Equal(["t (ms)"], Texts("xlabel"));
        Assert.Equal(["v (mV)"], Texts("ylabel"));
        Assert.Equal("soma(0.5).v", svg.Descendants(ns + "g").Single(g => (string?)g.Attribute("class") == "legend").Descendants(ns + "text").Single().Value);

        var points = ((string)svg.Descendants(ns + "polyline").Single().Attribute("points")!).Split(' ');
        Assert.Equal(SeedGolden.Numbers(SeedGolden.Root.GetProperty("hh_four_clamps_trace").GetProperty("v")).Length, points.Length);
        // The axes span 80..576 px; the first and last samples sit one 5% margin inside them.
        var xs = points.Select(p => double.Parse(p.Split(',')[0], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(80 + 496 * 0.05 / 1.1, xs[0], 0.01);
        Assert.Equal(576 - 496 * 0.05 / 1.1, xs[^1], 0.01);
    }

    [Fact]
    public void Tree_prints_NEURONs_topologies_and_distances()
    {
        var run = Run("Tree");
        var before = SeedGolden.Text("tree_topology");
        var after = SeedGolden.Text("tree_topology_after_nseg5");
        Assert.StartsWith(before, run.Out);
        Assert.EndsWith(after, run.Out);
        var distances = SeedGolden.Root.GetProperty("tree_distance_from_soma_center");
        var printed = run.Out[before.Length..^after.Length].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(distances.EnumerateObject().Select(d => $"distance from soma(0.5) to {d.Name}(1): {d.Value.GetDouble():0.0}"), printed);
    }

    [Fact]
    public void HocGeometry_loads_myneuron_hoc_and_prints_NEURONs_topology()
    {
        var run = Run("HocGeometry");
        Assert.StartsWith(SeedGolden.Text("hoc_myneuron_topology"), run.Out);
        Assert.Contains("soma: L = 20.0 um, diam = 20.0 um, nseg = 1", run.Out);
        Assert.Equal(SeedGolden.Text("hoc_myneuron_source").Replace(" ", ""),
            File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "examples", "HocGeometry", "myneuron.hoc")).Replace("// define a cell\n", "").Replace(" ", ""));
    }

    [Fact]
    public void HocGeometry_reports_a_bad_file_with_its_place()
    {
        var bad = _dir.Write("bad.hoc", "create soma\nobjref stim\n");
        var run = ExampleRun.Run("HocGeometry", "--hoc", bad);
        Assert.Equal(1, run.Exit);
        Assert.StartsWith($"{bad}:2:1: error: 'objref' is not supported", run.Err);
    }

    [Fact]
    public void Vectors_prints_the_seeds_vector_and_round_trips_the_data_files()
    {
        var csv = Path.Combine(_dir.Path, "basics.csv");
        var run = Run("Vectors", "--out", _dir.Path, "--csv", csv);
        var range5 = string.Join("\t", SeedGolden.Numbers("vector_range5").Select(x => x.ToString(CultureInfo.InvariantCulture))) + "\t\n";
        // v.printf(), then v[3] after npv[3] = 42 through the shared view, then the unpickled copy's printf().
        Assert.StartsWith($"{range5}\n42.0\n{range5}\n", run.Out);
        foreach (var format in new[] { "CSV", "JSON", "binary (pickle)" })
            Assert.Contains($"{format}: {_dir.Path}", run.Out);
        Assert.Equal(3, run.Out.Split('\n').Count(l => l.EndsWith("read back 1601 rows, identical to the recorded vectors: True")));
        var (dt, dv) = SeedGolden.TraceDifference("basics_trace", SeedGolden.ReadCsv(csv));
        Assert.True(dt <= 1e-9 && dv <= 1e-6, $"trace differs from NEURON's: {dt} ms, {dv} mV");
        Assert.True(File.Exists(Path.Combine(_dir.Path, "data.json")) && File.Exists(Path.Combine(_dir.Path, "data.p")));
    }
}
