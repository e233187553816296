using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nrniv.Tests.Run;

/// <summary>Each script of examples/Scripts run by <c>nrniv run</c> in its own process, with NEURON's
/// built-ins (nrniv's own, or mod/ compiled into the folder's <c>x86_64/nrnmech.dll</c> when nrniv
/// has none), against what
/// NEURON 8.2.2 printed and recorded for the same seed tutorial: topology text exactly, traces
/// within 1e-6 mV, spike times within 1e-9 ms.</summary>
[Collection(BuiltinMechanismsCollection.Name)]
public sealed class ExampleScriptTests(BuiltinMechanisms builtins)
{
    private static readonly string[] Tested = ["basics", "hh", "hoc", "spikes", "tree", "vector"];

    [Fact]
    public void Every_example_script_is_tested_here()
    {
        var scripts = Directory.GetFiles(ScriptsFolder, "*.csx").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Tested.Order(StringComparer.Ordinal), scripts);
    }

    [Fact]
    public void Basics_prints_NEURONs_topology_and_psection_and_records_its_trace()
    {
        using var folder = new ScriptFolder();
        var run = Run(folder, "basics");

        Assert.StartsWith(SeedGolden.Text("basics_topology_new_soma"), run.Output);
        var psections = JsonBlocks(run.Output);
        Assert.Equal(2, psections.Count);
        AssertPSection(SeedGolden.Get("basics_psection_default"), psections[0]);
        AssertPSection(SeedGolden.Get("basics_psection_after_hh_iclamp"), psections[1]);
        Assert.Contains("gkbar = 0.036\n", run.Output);
        SeedGolden.AssertTrace("basics_trace", folder.File("data.csv"));
        var json = JsonDocument.Parse(folder.Read("data.json")).RootElement;
        Assert.Equal(SeedGolden.Numbers(SeedGolden.Get("basics_trace").GetProperty("v")).Length, json.GetProperty("v").GetArrayLength());
        Assert.Contains("read back: data.csv same, data.json same", run.Output);
    }

    [Fact]
    public void Hh_writes_NEURONs_trace_to_the_file_named_by_its_argument()
    {
        using var folder = new ScriptFolder();
        var run = Run(folder, "hh", "single.csv");

        SeedGolden.AssertTrace("hh_single_trace", folder.File("single.csv"));
        Assert.False(File.Exists(folder.File("data.csv")));
        Assert.Contains("wrote 1981 samples of t, v to single.csv", run.Output);
    }

    [Fact]
    public void Spikes_prints_NEURONs_spike_times_and_intervals()
    {
        using var folder = new ScriptFolder();
        var run = Run(folder, "spikes");

        var lines = run.Output.Split('\n');
        AssertNumbers(SeedGolden.Numbers("hh_four_clamps_spike_times"), lines[Array.IndexOf(lines, "spike times:") + 1]);
        AssertNumbers(SeedGolden.Numbers("hh_four_clamps_isis"), lines[Array.IndexOf(lines, "ISIs:") + 1]);
        Assert.Equal(SeedGolden.Get("list_iclamp_count").GetInt32().ToString(CultureInfo.InvariantCulture), lines[Array.IndexOf(lines, "Number of IClamps:") + 1]);
        SeedGolden.AssertTrace("hh_four_clamps_trace", folder.File("data.csv"));
    }

    [Fact]
    public void Tree_prints_NEURONs_topologies_and_distances()
    {
        using var folder = new ScriptFolder();
        var run = Run(folder, "tree");

        Assert.StartsWith(SeedGolden.Text("tree_topology"), run.Output);
        Assert.EndsWith(SeedGolden.Text("tree_topology_after_nseg5"), run.Output);
        var distances = Regex.Matches(run.Output, @"^distance from soma\(0\.5\) to (\w+)\(1\): (\S+) um$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var golden = SeedGolden.Get("tree_distance_from_soma_center").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(golden.Keys.Order(StringComparer.Ordinal), distances.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, distance) in golden) Assert.Equal(distance, distances[name], 1e-9);
    }

    [Fact]
    public void Hoc_loads_the_HOC_cell_beside_it_and_prints_NEURONs_topology()
    {
        using var folder = new ScriptFolder();
        var run = Run(folder, "hoc");

        Assert.Equal(SeedGolden.Text("hoc_myneuron_topology"), run.Output);
    }

    [Fact]
    public void Vector_prints_NEURONs_range_and_shares_and_round_trips_its_storage()
    {
        using var folder = new ScriptFolder();
        var run = Run(folder, "vector");

        var lines = run.Output.Split('\n');
        Assert.Equal(SeedGolden.Numbers("vector_range5"), lines[0].Split('\t', StringSplitOptions.RemoveEmptyEntries).Select(x => double.Parse(x, CultureInfo.InvariantCulture)));
        Assert.Contains("v[3] = 42", lines);
        Assert.Contains("same bits after the round trip: True", lines);
    }

    private static string ScriptsFolder => Path.Combine(NeuronSharp.Testing.RepositoryRoot.Path, "examples", "Scripts");

    private ToolProcess Run(ScriptFolder folder, string script, params string[] args)
    {
        builtins.InstallInto(folder);
        var run = ToolProcess.Run("nrniv", folder.Path, ["run", "--cache-dir", folder.File("cache"), Path.Combine(ScriptsFolder, script + ".csx"), .. args]);
        Assert.True(run.ExitCode == 0, $"{script}.csx exited {run.ExitCode}:\n{run.Error}");
        Assert.Equal("", run.Error);
        return run;
    }

    /// <summary>The indented JSON documents in a script's output: from a line "{" to the next line "}".</summary>
    private static List<JsonElement> JsonBlocks(string output)
    {
        var blocks = new List<JsonElement>();
        var lines = output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "{") continue;
            var end = Array.IndexOf(lines, "}", i);
            blocks.Add(JsonDocument.Parse(string.Join('\n', lines[i..(end + 1)])).RootElement);
            i = end;
        }
        return blocks;
    }

    /// <summary>Our psection (SectionInfo serialized with its C# names) against NEURON's dictionary.</summary>
    private static void AssertPSection(JsonElement neuron, JsonElement ours)
    {
        Assert.Equal(neuron.GetProperty("name").GetString(), ours.GetProperty("Name").GetString());
        Assert.Equal(neuron.GetProperty("nseg").GetInt32(), ours.GetProperty("Nseg").GetInt32());
        Assert.Equal(neuron.GetProperty("Ra").GetDouble(), ours.GetProperty("Ra").GetDouble());
        Assert.Equal(SeedGolden.Numbers(neuron.GetProperty("cm")), SeedGolden.Numbers(ours.GetProperty("Cm")));
        var (morphology, ourMorphology) = (neuron.GetProperty("morphology"), ours.GetProperty("Morphology"));
        Assert.Equal(morphology.GetProperty("L").GetDouble(), ourMorphology.GetProperty("L").GetDouble());
        Assert.Equal(SeedGolden.Numbers(morphology.GetProperty("diam")), SeedGolden.Numbers(ourMorphology.GetProperty("Diam")));
        Assert.Equal(morphology.GetProperty("pts3d").GetArrayLength(), ourMorphology.GetProperty("Pts3d").GetArrayLength());
        AssertValues(neuron.GetProperty("density_mechs"), ours.GetProperty("DensityMechs"));
        AssertValues(neuron.GetProperty("ions"), ours.GetProperty("Ions"));
        Assert.Equal(
            neuron.GetProperty("point_processes").EnumerateObject().Select(p => (p.Name, p.Value.GetArrayLength())),
            ours.GetProperty("PointProcesses").EnumerateObject().Select(p => (p.Name, p.Value.GetArrayLength())));
    }

    private static void AssertValues(JsonElement neuron, JsonElement ours)
    {
        Assert.Equal(neuron.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), ours.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var mechanism in neuron.EnumerateObject())
        {
            var values = ours.GetProperty(mechanism.Name);
            Assert.Equal(mechanism.Value.EnumerateObject().Select(p => p.Name), values.EnumerateObject().Select(p => p.Name));
            foreach (var variable in mechanism.Value.EnumerateObject())
                Assert.Equal(SeedGolden.Numbers(variable.Value), SeedGolden.Numbers(values.GetProperty(variable.Name)));
        }
    }

    /// <summary>A printed list <c>[a, b, c]</c> against NEURON's numbers, within 1e-9.</summary>
    private static void AssertNumbers(double[] expected, string printed)
    {
        Assert.Matches(@"^\[.*\]$", printed);
        var actual = printed[1..^1].Split(", ").Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-9);
    }
}
