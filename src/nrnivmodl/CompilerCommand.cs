using System.CommandLine;
using System.CommandLine.Invocation;

namespace Nrnivmodl;

/// <summary>
/// The command line: <c>nrnivmodl [options] FILE_OR_DIR...</c>. Each mode is one option plus
/// one runner class, so further modes slot in beside <c>--parse-only</c>.
/// </summary>
internal static class CompilerCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".mod files, or directories searched recursively for .mod files",
            Arity = ArgumentArity.OneOrMore,
        };
        var parseOnly = new Option<bool>("--parse-only") { Description = "Only parse each file and report diagnostics" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print warnings of files that parse" };
        var root = new RootCommand("Compiles NMODL .mod files (NEURON's nrnivmodl)") { paths, parseOnly, verbose };
        root.SetAction(result => Execute(result.GetRequiredValue(paths), result.GetValue(parseOnly), result.GetValue(verbose), output, error));

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"nrnivmodl: {parseError.Message}");
            error.WriteLine("usage: nrnivmodl --parse-only FILE_OR_DIR...   (nrnivmodl --help for more)");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Execute(string[] paths, bool parseOnly, bool verbose, TextWriter output, TextWriter error)
    {
        var files = ModFileFinder.Find(paths, out var missing);
        if (missing.Count > 0)
        {
            foreach (var path in missing) error.WriteLine($"nrnivmodl: no such file or directory: {path}");
            return ExitCodes.Usage;
        }
        if (files.Count == 0)
        {
            error.WriteLine("nrnivmodl: no .mod files found");
            return ExitCodes.Usage;
        }
        if (!parseOnly)
        {
            error.WriteLine("nrnivmodl: compiling to an assembly is not available yet; use --parse-only");
            return ExitCodes.Usage;
        }
        return ParseOnlyRunner.Run(files, verbose, output);
    }
}
