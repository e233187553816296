using System.Text.Json;

namespace WholeSimulation;

/// <summary>benchmarks/neuron/models.json: the models both sides of the benchmark build. Read
/// from that one file so that NEURON and we time exactly the same thing.</summary>
public sealed record BenchModels(Common Common, IReadOnlyDictionary<string, SectionSpec> Sections, IReadOnlyDictionary<string, Scenario> Scenarios)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static BenchModels Load(string path)
    {
        BenchModels? models;
        try
        {
            models = JsonSerializer.Deserialize<BenchModels>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new BenchmarkException($"{path}: not a valid models file: {e.Message}");
        }
        if (models?.Common is null || models.Sections is null || models.Scenarios is null)
            throw new BenchmarkException($"{path}: needs the objects 'common', 'sections' and 'scenarios'");
        foreach (var (name, scenario) in models.Scenarios)
            foreach (var section in scenario.Cell.Concat(scenario.Connections.SelectMany(c => new[] { c.Child, c.Parent })).Append(scenario.Iclamp.Section).Append(scenario.Probe.Section))
                if (!models.Sections.ContainsKey(section) || !scenario.Cell.Contains(section))
                    throw new BenchmarkException($"{path}: scenario '{name}' names section '{section}', which is not one of its cell's sections defined under 'sections'");
        return models;
    }
}

public sealed record Common(double Dt_ms, double Celsius, double V_init_mV, int Secondorder);

public sealed record SectionSpec(double L, double Diam, int Nseg, double Ra, double Cm, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Mechanisms);

public sealed record Connection(string Child, double Child_x, string Parent, double Parent_x);

public sealed record IClampSpec(string Section, double X, double Delay, double Dur, double Amp);

public sealed record Check(int Probe_spikes, double Probe_v_final_mV);

public sealed record Probe(string Section, double X);

public sealed record Scenario(IReadOnlyList<string> Cell, IReadOnlyList<Connection> Connections, int Cells, IClampSpec Iclamp, double Tstop_ms, Check Check, Probe Probe);
