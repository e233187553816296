using System.Diagnostics;
using System.Text.Json;

namespace WholeSimulation;

/// <summary>Runs benchmarks/neuron/bench_neuron.py for one scenario and configuration in a child
/// process and reads its JSON, so NEURON is timed in the same invocation, under the same load.</summary>
public static class NeuronRun
{
    /// <summary>Null when Python can import NEURON, otherwise why it cannot.</summary>
    public static string? Unavailable(string python)
    {
        var (code, _, error) = Execute(python, ["-c", "from neuron import h"]);
        return code == 0 ? null : $"'{python} -c \"from neuron import h\"' failed ({error.Trim().Split('\n')[^1]})";
    }

    public static RunResult Run(string python, string script, string scenario, string config, int? cells)
    {
        List<string> arguments = [script, "--scenario", scenario, "--config", config, "--json"];
        if (cells is { } n) arguments.AddRange(["--cells", n.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var (code, output, error) = Execute(python, arguments);
        if (code is not (0 or 1))
            throw new BenchmarkException($"{script} --scenario {scenario} --config {config} failed (exit {code}):\n{error}");
        JsonElement run;
        try
        {
            run = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new BenchmarkException($"{script} --scenario {scenario} --config {config}: unreadable output ({e.Message}):\n{output}");
        }
        return new RunResult("NEURON", scenario, config,
            run.GetProperty("cells").GetInt32(), run.GetProperty("compartments").GetInt32(), run.GetProperty("steps").GetInt32(),
            run.GetProperty("wall_s").GetDouble(), run.GetProperty("cpu_s").GetDouble(),
            run.GetProperty("loadavg_1min_before").GetDouble(), run.GetProperty("loadavg_1min_after").GetDouble(),
            run.GetProperty("probe_spikes").GetInt32(), run.GetProperty("probe_v_final_mV").GetDouble(), run.GetProperty("check_ok").GetBoolean());
    }

    private static (int Code, string Output, string Error) Execute(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BenchmarkException($"could not start {file}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", $"could not start {file}: {e.Message}");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
    }
}
