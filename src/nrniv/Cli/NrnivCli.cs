using System.CommandLine;
using Nrniv.Run;

namespace Nrniv.Cli;

/// <summary>
/// The nrniv command line: a root command with one subcommand per task (run, trace, compare). Parse errors become one line on stderr and exit status 2.
/// </summary>
public static class NrnivCli
{
    /// <param name="plain">true to print plain text tables (output redirected), false for a rich terminal table.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool plain)
    {
        var (own, scriptArguments) = RunCommand.SplitScriptArguments(args);
        var root = new RootCommand("nrniv: run and check NEURON-compatible simulations")
        {
            CompareCommand.Create(output, error, plain),
            TraceCommand.Create(output, error),
            RunCommand.Create(error, scriptArguments),
        };
        var parsed = root.Parse(own);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"nrniv: error: {string.Join("; ", parsed.Errors.Select(e => e.Message))} (see nrniv --help)");
            return ExitCodes.InputError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
