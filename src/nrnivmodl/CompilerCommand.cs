using System.CommandLine;
using System.CommandLine.Invocation;
using Nmodl.Parser.Parsing;

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
        var include = new Option<string[]>("--include", "-I")
        {
            Description = "Folder searched for INCLUDE files (after the including file's folder and before MODL_INCLUDE)",
            AllowMultipleArgumentsPerToken = false,
        };
        var root = new RootCommand("Compiles NMODL .mod files (NEURON's nrnivmodl)") { paths, parseOnly, verbose, include };
        root.SetAction(result =>
        {
            var options = new ParseOptions { IncludePaths = [.. result.GetValue(include) ?? [], .. ModlIncludeFolders()] };
            return Execute(result.GetRequiredValue(paths), result.GetValue(parseOnly), result.GetValue(verbose), options, output, error);
        });

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"nrnivmodl: {parseError.Message}");
            error.WriteLine("usage: nrnivmodl --parse-only FILE_OR_DIR...   (nrnivmodl --help for more)");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>NEURON's MODL_INCLUDE: a path-separator list of folders searched for INCLUDE files.</summary>
    private static string[] ModlIncludeFolders() =>
        Environment.GetEnvironmentVariable("MODL_INCLUDE")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static int Execute(string[] paths, bool parseOnly, bool verbose, ParseOptions options, TextWriter output, TextWriter error)
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
        return ParseOnlyRunner.Run(files, options, verbose, output);
    }
}
