namespace Nrniv.Tests.Run;

/// <summary>A script prints numbers as NEURON's Python does (<c>1.5</c>), whatever the locale nrniv
/// runs in: the script runs with the invariant culture, on its own thread and on the threads it starts.</summary>
public sealed class ScriptCultureTests
{
    [Fact]
    public void Numbers_print_with_a_decimal_point_under_a_German_locale()
    {
        using var folder = new ScriptFolder();
        var script = folder.Write("numbers.csx",
            "Console.WriteLine(new CultureInfo(\"de-DE\").NumberFormat.NumberDecimalSeparator);\n"
            + "Console.WriteLine($\"{1.5} {Task.Run(() => $\"{2.5}\").Result}\");\n");
        var german = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" };

        var run = ToolProcess.Run("nrniv", folder.Path, german, "run", "--no-cache", script);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(",\n1.5 2.5\n", run.Output);
    }
}
