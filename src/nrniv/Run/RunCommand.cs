using System.CommandLine;

namespace Nrniv.Run;

/// <summary><c>nrniv run [--mechs PATH]... [--cache-dir DIR | --no-cache] [--timing] SCRIPT.csx [ARGS...]</c>:
/// runs a C# script. nrniv's options come before the script; everything after it is the script's
/// (<c>Args</c>), as with <c>python3 script.py args</c>.</summary>
internal static class RunCommand
{
    private static readonly string[] OptionsWithValue = ["--mechs", "--cache-dir"];
    private static readonly string[] Flags = ["--no-cache", "--timing", "-h", "--help", "-?", "/?"];

    /// <summary>nrniv run's own options, for the message about an unknown one.</summary>
    public static string OptionNames => string.Join(", ", OptionsWithValue.Concat(Flags.Take(2)));

    public static Command Create(TextWriter error, IReadOnlyList<string> scriptArguments)
    {
        var script = new Argument<string>("SCRIPT") { Description = "the C# script to run (.csx); arguments after it are passed to it as Args" };
        var mechs = new Option<string[]>("--mechs")
        {
            Description = "also load this mechanism library (nrnmech.dll, or a folder that nrnivmodl compiled); repeatable. "
                + "./x86_64/nrnmech.dll is loaded when it exists, as NEURON does",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var cacheDir = new Option<string>("--cache-dir") { Description = $"where compiled scripts are kept (default {ScriptCache.DefaultDirectory})" };
        var noCache = new Option<bool>("--no-cache") { Description = "compile the script even if it is cached, and do not cache it" };
        var timing = new Option<bool>("--timing") { Description = "print on stderr the seconds from process start to each phase and to the first simulated step" };
        var command = new Command("run",
            "Run a C# script with the simulator's API in scope (sim, Args, Nrn, Nrn.Units); "
            + "exit 0 when it ends (or the int it returns), 1 when it does not compile or throws, 2 on bad arguments or failed loads.")
        {
            script, mechs, cacheDir, noCache, timing,
        };
        command.SetAction(parsed => ScriptRunner.Run(
            new RunRequest(
                parsed.GetRequiredValue(script),
                parsed.GetValue(mechs) ?? [],
                scriptArguments,
                parsed.GetValue(noCache) ? null : parsed.GetValue(cacheDir) ?? ScriptCache.DefaultDirectory,
                parsed.GetValue(timing)),
            error));
        return command;
    }

    /// <summary>Splits a command line at the script of <c>nrniv run</c>: what nrniv parses (up to and
    /// including the script) and the script's arguments (the rest, verbatim). The first token that is
    /// not one of run's options is the script; an unknown option there is reported as such when no
    /// such file exists. Other commands are not split.</summary>
    public static (string[] Nrniv, string[] Script) SplitScriptArguments(string[] args)
    {
        if (args.Length == 0 || args[0] != "run") return (args, []);
        for (var i = 1; i < args.Length; i++)
        {
            var token = args[i];
            if (token == "--") return Split(args, Math.Min(i + 2, args.Length));
            if (OptionsWithValue.Contains(token)) i++;
            else if (!Flags.Contains(token) && !HasInlineValue(token)) return Split(args, i + 1);
        }
        return (args, []);
    }

    /// <summary><c>--mechs=PATH</c> or <c>--mechs:PATH</c>, which the command-line parser also accepts.</summary>
    private static bool HasInlineValue(string token) =>
        OptionsWithValue.Any(o => token.Length > o.Length && token.StartsWith(o, StringComparison.Ordinal) && token[o.Length] is '=' or ':');

    private static (string[], string[]) Split(string[] args, int at) => (args[..at], args[at..]);
}
