using Spectre.Console;

namespace Nrnivmodl;

/// <summary>Runs a build with the progress display that suits where its output goes: a progress
/// bar on a terminal, NEURON-like lines on anything else (a log, a pipe, a test).</summary>
internal static class BuildConsole
{
    public static int Run(BuildSettings settings, IReadOnlyList<string> files, TextWriter output, TextWriter error)
    {
        if (settings.CheckOnly || !IsTerminal(output))
        {
            var runner = new BuildRunner(settings, output, error);
            return runner.Run(files, new PlainProgress(output, runner.Library, settings.Verbose));
        }
        // The bar redraws itself in place, so what the build prints is held back until it is gone.
        var heldOutput = new StringWriter();
        var heldError = new StringWriter();
        var buffered = new BuildRunner(settings, heldOutput, heldError);
        var exit = AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context => buffered.Run(files, new SpectreProgress(context, files.Count)));
        output.Write(heldOutput.ToString());
        error.Write(heldError.ToString());
        return exit;
    }

    private static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
