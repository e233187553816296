namespace BuildBenchmark;

/// <summary>The summary: one table row per folder and compiler, then the goals (a clean build no
/// slower than NEURON's, a no-change rebuild under 0.5 s) checked against the numbers.</summary>
internal static class Report
{
    public static void Write(IReadOnlyList<Scenario.Row> rows, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"load average after: {Scenario.LoadAverage()}");
        output.WriteLine("| folder | compiler | clean build | no-change rebuild | one file changed |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var row in rows)
            output.WriteLine($"| {row.Folder} | {row.Compiler} | {row.Clean} | {row.NoChange} | {row.OneChanged} |");
        output.WriteLine();
        foreach (var group in rows.GroupBy(r => r.Folder))
        {
            var neuron = group.FirstOrDefault(r => r.Compiler.StartsWith("NEURON", StringComparison.Ordinal));
            foreach (var ours in group.Where(r => r != neuron))
            {
                var verdict = neuron is null ? "NEURON not measured"
                    : $"NEURON/ours clean = {neuron.Clean.Wall / ours.Clean.Wall:F2} by wall time, {neuron.Clean.Cpu / ours.Clean.Cpu:F2} by CPU time";
                var noChange = ours.NoChange.Wall.TotalSeconds < 0.5 ? "under 0.5 s" : "NOT under 0.5 s";
                output.WriteLine($"{group.Key}, {ours.Compiler}: {verdict}; no-change rebuild {noChange}");
            }
        }
    }
}
