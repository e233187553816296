using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Nrniv.Run;

/// <summary>Roslyn's diagnostics as <see cref="Located"/> messages.</summary>
internal static class DiagnosticMessages
{
    public static Located Of(Diagnostic diagnostic, string scriptPath)
    {
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var text = $"{severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        var span = diagnostic.Location.GetMappedLineSpan();
        return span.IsValid && span.Path.Length > 0
            ? new Located(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Severity == DiagnosticSeverity.Error, text)
            : new Located(scriptPath, 0, 0, diagnostic.Severity == DiagnosticSeverity.Error, text);
    }

    /// <summary><c>#r</c> is refused: everything a script needs is referenced already, and
    /// mechanisms are loaded as libraries, not compiled against.</summary>
    public static Located ReferenceNotSupported(ReferenceDirectiveTriviaSyntax directive)
    {
        var span = directive.GetLocation().GetMappedLineSpan();
        return new Located(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, true,
            $"error: #r {directive.File.Text} is not supported by nrniv run: the runtime (Nrn) and the .NET libraries are referenced already; "
            + "load mechanism libraries with --mechs PATH or sim.LoadMechanisms(path), share code between scripts with #load");
    }
}
