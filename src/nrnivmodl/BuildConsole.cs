using Spectre.Console;

namespace Nrnivmodl;

/// <summary>Runs a build with the progress display that suits where its output goes: a progress
/// bar on a terminal, NEURON-like lines on anything else (a log, a pipe, a test).</summary>
internal static class BuildConsole
{
    /// <summary>Builds <paramref name="files"/>; with a <paramref name="terminal"/> the progress is
    /// drawn there as a bar, and what the build prints follows once the bar is gone.</summary>
    public static int Run(BuildSettings settings, IReadOnlyList<string> files, TextWriter output, TextWriter error, IAnsiConsole? terminal)
    {
        if (settings.CheckOnly || terminal is null)
        {
            var runner = new BuildRunner(settings, output, error);
            return runner.Run(files, new PlainProgress(output, runner.Library, settings.Verbose));
        }
        var heldOutput = new StringWriter();
        var heldError = new StringWriter();
        var buffered = new BuildRunner(settings, heldOutput, heldError);
        var exit = terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context => buffered.Run(files, new SpectreProgress(context, files.Count)));
        output.Write(heldOutput.ToString());
        error.Write(heldError.ToString());
        return exit;
    }

    /// <summary>The console to draw a progress bar on when <paramref name="output"/> is the
    /// process's standard output and that is an interactive terminal; otherwise null.</summary>
    public static IAnsiConsole? Terminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive ? AnsiConsole.Console : null;
}
