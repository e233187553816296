using Nmodl.Parser.Parsing;

namespace Nrnivmodl;

/// <summary><c>--parse-only</c>: one line per file (<c>ok NAME</c> or its diagnostics), then <c>N passed, M failed</c>.</summary>
internal static class ParseOnlyRunner
{
    public static int Run(IReadOnlyList<string> files, ParseOptions options, bool verbose, TextWriter output)
    {
        var passed = 0;
        var failed = 0;
        foreach (var file in files)
        {
            var result = NmodlParser.ParseFile(file, options);
            if (result.HasErrors)
            {
                failed++;
                output.Write(result.RenderDiagnostics());
                continue;
            }
            passed++;
            output.WriteLine($"ok {file}");
            if (verbose && result.Diagnostics.Count > 0) output.Write(result.RenderDiagnostics());
        }
        output.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.ModErrors;
    }
}
