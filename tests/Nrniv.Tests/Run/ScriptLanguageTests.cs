namespace Nrniv.Tests.Run;

/// <summary>What C# scripting gives a script under nrniv run: top-level await, its own types and
/// functions, the runtime's API and units without usings.</summary>
public sealed class ScriptLanguageTests
{
    [Fact]
    public void A_script_can_await_declare_types_and_use_the_runtime_and_units_directly()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("language.csx", """
            record Cell(string Name, double Length);

            static double Total(IEnumerable<Cell> cells) => cells.Sum(c => c.Length);

            await Task.Delay(1);
            var cells = new[] { new Cell("a", 10 * um), new Cell("b", 32.5 * um) };
            var soma = sim.Section("soma");
            soma.L = Total(cells);
            var v = Vector.Range(0, 3);
            File.WriteAllText(Path.Combine(ScriptDirectory, "out.txt"), $"{soma.L} {sim.Dt * ms} {v.Sum()} {sim.AllSec.Count}");
            """);

        var run = CliRun.Of("run", "--no-cache", script);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal("42.5 0.025 3 1", folder.Read("out.txt"));
    }
}
