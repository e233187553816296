using System.Diagnostics;
using Nrn.Abi;

namespace WholeSimulation;

/// <summary>Times our runtime on one scenario: build and finitialize outside the clock, continuerun
/// inside (as bench_neuron.py does), then checks the probe against NEURON's values in models.json.</summary>
public static class OurRun
{
    public static RunResult Run(BenchModels models, string scenarioName, int? cells, IReadOnlyList<MechanismDescriptor> mechanisms, string config, bool interleave, TextWriter log)
    {
        var scenario = models.Scenarios[scenarioName];
        var count = cells ?? scenario.Cells;
        var clock = Stopwatch.StartNew();
        var (sim, probe, compartments) = ScenarioBuilder.Build(models, scenario, count, mechanisms);
        sim.InterleaveCells = interleave;
        var steps = (int)Math.Round(scenario.Tstop_ms / models.Common.Dt_ms);
        var recorder = new ProbeRecorder(probe, steps + 2);
        sim.AddRecorder(recorder);
        var built = clock.Elapsed;
        clock.Restart();
        sim.FInitialize(models.Common.V_init_mV);
        log.WriteLine($"ours   {scenarioName}: model built in {built.TotalSeconds:F3} s, compiled and initialized in {clock.Elapsed.TotalSeconds:F3} s");

        var loadBefore = LoadAverage.OneMinute();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        sim.ContinueRun(scenario.Tstop_ms);
        var wall = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;

        var spikes = recorder.Spikes();
        var vFinal = recorder.Samples[^1];
        var check = scenario.Check;
        var ok = spikes == check.Probe_spikes && IsClose(vFinal, check.Probe_v_final_mV, 1e-9);
        return new RunResult("ours", scenarioName, config, count, compartments, steps, wall, cpu, loadBefore, LoadAverage.OneMinute(), spikes, vFinal, ok);
    }

    private static bool IsClose(double a, double b, double relative) =>
        Math.Abs(a - b) <= relative * Math.Max(Math.Abs(a), Math.Abs(b));
}
