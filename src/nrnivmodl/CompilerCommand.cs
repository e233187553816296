using System.CommandLine;
using System.CommandLine.Invocation;
using Nmodl.Parser.Parsing;
using Nrnivmodl.Server;

namespace Nrnivmodl;

/// <summary>
/// The command line: <c>nrnivmodl [options] [DIR | FILE.mod ...]</c>. Without <c>--check</c> or
/// <c>--parse-only</c> it builds <c>x86_64/nrnmech.dll</c> beside the .mod files.
/// </summary>
internal static class CompilerCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "A folder of .mod files (default: the current folder) or .mod files",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var parseOnly = new Option<bool>("--parse-only") { Description = "Only parse each file (folders searched recursively) and report diagnostics" };
        var check = new Option<bool>("--check") { Description = "Parse and check each file; write nothing" };
        var emitCs = new Option<string?>("--emit-cs") { Description = "Also write the generated C# into this folder", HelpName = "DIR" };
        var outputFolder = new Option<string?>("-o") { Description = "Folder for nrnmech.dll (default: x86_64 beside the .mod files)", HelpName = "DIR" };
        var scalar = new Option<bool>("--scalar") { Description = "Generate scalar loops instead of SIMD ones" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print warnings of files without errors, the files whose translation is reused, and how long each phase took" };
        var include = new Option<string[]>("--include", "-I")
        {
            Description = "Folder searched for INCLUDE files (after the including file's folder and before MODL_INCLUDE)",
            AllowMultipleArgumentsPerToken = false,
        };
        var noServer = new Option<bool>(ServerEndpoint.NoServerOption) { Description = $"Build in this process, not in the warm compile server (also: {ServerEndpoint.DisableVariable}=1)" };
        var shutdownServer = new Option<bool>(ServerEndpoint.ShutdownOption) { Description = "Stop this nrnivmodl's compile server and exit" };
        var root = new RootCommand("Compiles NMODL .mod files into a mechanism library (NEURON's nrnivmodl)")
        {
            paths, parseOnly, check, emitCs, outputFolder, scalar, verbose, include, noServer, shutdownServer,
        };
        root.SetAction(result =>
        {
            if (result.GetValue(shutdownServer)) return OperatingSystem.IsWindows() ? ExitCodes.Success : ServerClient.Shutdown(output);
            var options = new ParseOptions { IncludePaths = [.. result.GetValue(include) ?? [], .. ModlIncludeFolders()] };
            var named = result.GetValue(paths) ?? [];
            var verboseOn = result.GetValue(verbose);
            if (result.GetValue(parseOnly))
            {
                if (named.Length > 0) return WithFiles(named, recursive: true, error, files => ParseOnlyRunner.Run(files, options, verboseOn, output));
                error.WriteLine("nrnivmodl: --parse-only needs the .mod files or folders to parse");
                return ExitCodes.Usage;
            }
            string[] given = named.Length > 0 ? named : ["."];
            var settings = new BuildSettings(
                Path.GetFullPath(result.GetValue(outputFolder) ?? Path.Combine(SourceFolder(given), "x86_64")),
                result.GetValue(check), result.GetValue(emitCs), result.GetValue(scalar), verboseOn, options);
            return WithFiles(given, recursive: false, error, files => BuildConsole.Run(settings, files, output, error, BuildConsole.Terminal(output)));
        });

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"nrnivmodl: {parseError.Message}");
            error.WriteLine("usage: nrnivmodl [options] [DIR | FILE.mod ...]   (nrnivmodl --help for more)");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>NEURON's MODL_INCLUDE: a path-separator list of folders searched for INCLUDE files.</summary>
    private static string[] ModlIncludeFolders() =>
        Environment.GetEnvironmentVariable("MODL_INCLUDE")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>The folder the library goes beside: the folder given, or the first file's folder.</summary>
    private static string SourceFolder(string[] given) =>
        Directory.Exists(given[0]) ? given[0] : Path.GetDirectoryName(Path.GetFullPath(given[0]))!;

    private static int WithFiles(string[] paths, bool recursive, TextWriter error, Func<IReadOnlyList<string>, int> run)
    {
        var files = ModFileFinder.Find(paths, recursive, out var missing);
        if (missing.Count > 0)
        {
            foreach (var path in missing) error.WriteLine($"nrnivmodl: no such file or directory: {path}");
            return ExitCodes.Usage;
        }
        if (files.Count == 0)
        {
            error.WriteLine($"nrnivmodl: no .mod files in {string.Join(", ", paths)}");
            return ExitCodes.Usage;
        }
        return run(files);
    }
}
