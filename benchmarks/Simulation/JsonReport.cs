using System.Text.Json;

namespace WholeSimulation;

/// <summary>Writes every run, ours and NEURON's, as <c>{"runs": [...]}</c> with bench_neuron.py's
/// field names (plus <c>side</c>), so both sides can be tabulated by the same script.</summary>
public static class JsonReport
{
    public static void Write(string path, IEnumerable<RunResult> runs)
    {
        var document = new
        {
            machine = new { cpus = Environment.ProcessorCount },
            runs = runs.Select(r => new Dictionary<string, object>
            {
                ["side"] = r.Side, ["scenario"] = r.Scenario, ["config"] = r.Config, ["cells"] = r.Cells,
                ["compartments"] = r.Compartments, ["steps"] = r.Steps, ["wall_s"] = r.WallSeconds, ["cpu_s"] = r.CpuSeconds,
                ["compartment_steps_per_s"] = r.CompartmentStepsPerSecond, ["compartment_steps_per_cpu_s"] = r.CompartmentStepsPerCpuSecond,
                ["us_per_step"] = r.MicrosecondsPerStep, ["loadavg_1min_before"] = r.LoadBefore, ["loadavg_1min_after"] = r.LoadAfter,
                ["probe_spikes"] = r.ProbeSpikes, ["probe_v_final_mV"] = r.ProbeVFinal, ["check_ok"] = r.CheckOk,
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
    }
}
