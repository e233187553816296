using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Text;
using Nrn;

namespace Nrniv.Run;

/// <summary>Compiles a script with Roslyn scripting: the runtime's API in scope (<c>using Nrn;</c>,
/// <c>using static Nrn.Units;</c> and the usual System namespaces), <see cref="ScriptGlobals"/> as
/// globals, <c>#load</c> of other scripts relative to the loading file, no <c>#r</c>.</summary>
internal static class ScriptCompiler
{
    /// <summary>Namespaces and static classes every script starts with.</summary>
    public static readonly ImmutableArray<string> Imports =
    [
        "System", "System.Collections.Generic", "System.Globalization", "System.IO", "System.Linq", "System.Text",
        "System.Text.Json", "System.Threading.Tasks", "Nrn", "Nrn.Units",
    ];

    /// <summary>Framework assemblies a script compiles against, besides the runtime (Nrn.Runtime).</summary>
    private static readonly string[] FrameworkAssemblies =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Collections.Concurrent", "System.Console",
        "System.Linq", "System.Memory", "System.Runtime.Intrinsics", "System.Text.Json", "System.Text.RegularExpressions",
        "System.Threading", "System.Threading.Tasks.Parallel", "System.Diagnostics.Process", "System.Numerics.Vectors",
    ];

    public static ScriptCompilation Compile(string path, string text)
    {
        var options = ScriptOptions.Default
            .WithFilePath(path)
            .WithFileEncoding(Encoding.UTF8)
            .WithReferences(References())
            .WithImports(Imports)
            .WithMetadataResolver(NoMetadataReferences.Instance)
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, Path.GetDirectoryName(path)))
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(true);
        var compilation = CSharpScript.Create(text, options, typeof(ScriptGlobals)).GetCompilation();

        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(image, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var referenceDirectives = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetCompilationUnitRoot().GetReferenceDirectives())
            .ToList();
        var messages = emitted.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Where(d => !referenceDirectives.Any(r => r.SyntaxTree == d.Location.SourceTree && r.Span.IntersectsWith(d.Location.SourceSpan)))
            .Select(d => DiagnosticMessages.Of(d, path))
            .Concat(referenceDirectives.Select(DiagnosticMessages.ReferenceNotSupported))
            .OrderBy(m => m.Path, StringComparer.Ordinal).ThenBy(m => m.Line).ThenBy(m => m.Column)
            .ToList();
        if (!emitted.Success || messages.Any(m => m.IsError))
            return new ScriptCompilation(null, messages);

        var entry = compilation.GetEntryPoint(CancellationToken.None)
            ?? throw new InvalidOperationException("Roslyn produced a script without an entry point");
        var dependencies = compilation.SyntaxTrees
            .Where(tree => tree.FilePath != path)
            .Select(tree => new SourceDependency(tree.FilePath, ContentHash.Of(tree.GetText().ToString())))
            .ToList();
        var script = new CompiledScript(image.ToArray(), symbols.ToArray(), MetadataName(entry.ContainingType), entry.MetadataName, dependencies);
        return new ScriptCompilation(script, messages);
    }

    private static IEnumerable<MetadataReference> References()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (var name in FrameworkAssemblies)
            yield return MetadataReference.CreateFromFile(Path.Combine(framework, name + ".dll"));
        yield return MetadataReference.CreateFromFile(typeof(Simulation).Assembly.Location);
        yield return MetadataReference.CreateFromFile(typeof(ScriptGlobals).Assembly.Location);
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? $"{ns.ToDisplayString()}.{type.MetadataName}" : type.MetadataName;

    /// <summary>Resolves no <c>#r</c>: the compiler's own complaint is replaced by ours.</summary>
    private sealed class NoMetadataReferences : MetadataReferenceResolver
    {
        public static readonly NoMetadataReferences Instance = new();

        public override bool Equals(object? other) => other is NoMetadataReferences;

        public override int GetHashCode() => nameof(NoMetadataReferences).GetHashCode(StringComparison.Ordinal);

        public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties) => [];
    }
}
