using EndToEnd.Tests.Support;
using Nrnivmodl;
using Nmodl.Parser.Parsing;
using Spectre.Console;

namespace EndToEnd.Tests;

/// <summary>The progress display: a bar on an interactive terminal, plain lines elsewhere; the
/// library and the final listing are the same either way.</summary>
public sealed class NrnivmodlProgressTests : IDisposable
{
    private const string Leak = "NEURON { SUFFIX leak NONSPECIFIC_CURRENT i RANGE g }\nPARAMETER { g = 0.001 (S/cm2) }\nASSIGNED { v (mV) i (mA/cm2) }\nBREAKPOINT { i = g*(v + 70) }\n";
    private readonly TempFolder _dir = new("e2e-progress-");

    public void Dispose() => _dir.Dispose();

    private BuildSettings Settings() => new(Path.Combine(_dir.Path, "x86_64"), false, null, false, false, new ParseOptions());

    [Fact]
    public void A_terminal_gets_a_progress_bar_and_then_the_listing()
    {
        var file = _dir.Write("leak.mod", Leak);
        var screen = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        var output = new StringWriter();
        var exit = BuildConsole.Run(Settings(), [file], output, new StringWriter(), terminal);
        Assert.Equal(0, exit);
        Assert.Contains("Compiling 1 of 1 mechanism(s)", screen.ToString());
        Assert.Contains("100%", screen.ToString());
        Assert.DoesNotContain("Translating", output.ToString());
        Assert.Contains("leak", output.ToString().Split("Mechanisms in")[1]);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "x86_64", "nrnmech.dll")));
    }

    [Fact]
    public void Without_a_terminal_each_file_gets_a_NEURON_like_line()
    {
        var file = _dir.Write("leak.mod", Leak);
        var output = new StringWriter();
        Assert.Equal(0, BuildConsole.Run(Settings(), [file], output, new StringWriter(), terminal: null));
        Assert.StartsWith($"Translating leak.mod into ", output.ToString());
        Assert.Null(BuildConsole.Terminal(output));
    }
}
