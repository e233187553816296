using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Nrn.Abi;

namespace Nmodl.Codegen.Emit;

/// <summary>Compiles generated mechanism sources with Roslyn (optimizations on) against the
/// runtime's ABI, into memory or to a file. A compile error in generated code is our bug, not the
/// user's: it is reported as <see cref="GeneratedCodeException"/> with the offending lines.</summary>
public static class RoslynCompiler
{
    // Loaded and made once per process: a compile server reuses them for every build.
    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable,
        concurrentBuild: false, deterministic: true);

    /// <param name="references">Assemblies beyond the framework and the runtime, e.g. other
    /// generated modules that <paramref name="sources"/> name.</param>
    public static CSharpCompilation CreateCompilation(string assemblyName, IEnumerable<GeneratedSource> sources, IEnumerable<MetadataReference>? references = null)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), ParseOptions, path: s.Path)).ToArray();
        return CSharpCompilation.Create(assemblyName, trees, [.. References.Value, .. references ?? []], Options);
    }

    public static Assembly CompileInMemory(string assemblyName, IEnumerable<GeneratedSource> sources)
    {
        var compilation = CreateCompilation(assemblyName, sources);
        using var image = new MemoryStream();
        Check(compilation, compilation.Emit(image));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>Writes the assembly to <paramref name="path"/> (and its XML documentation to
    /// <paramref name="documentationPath"/>, when given) only when compilation succeeds, so a
    /// failed build leaves previous files untouched.</summary>
    public static void CompileToFile(string assemblyName, IEnumerable<GeneratedSource> sources, string path, string? documentationPath = null)
    {
        var (image, documentation) = CompileToImage(assemblyName, sources);
        if (documentationPath is not null) WriteAtomically(documentationPath, documentation);
        WriteAtomically(path, image);
    }

    /// <summary>The assembly's bytes and its XML documentation's.</summary>
    public static (byte[] Image, byte[] Documentation) CompileToImage(string assemblyName, IEnumerable<GeneratedSource> sources, IEnumerable<MetadataReference>? references = null)
    {
        var compilation = CreateCompilation(assemblyName, sources, references);
        using var image = new MemoryStream();
        using var documentation = new MemoryStream();
        Check(compilation, compilation.Emit(image, xmlDocumentationStream: documentation));
        return (image.ToArray(), documentation.ToArray());
    }

    /// <summary>Writes through a temporary file of its own (two builds at once never share one),
    /// so <paramref name="path"/> is always whole.</summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The descriptors of every generated mechanism class in <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<MechanismDescriptor> Descriptors(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => typeof(IMechanismKernels).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (MechanismDescriptor)t.GetMethod(Backends.DescriptorWriter.MethodName, BindingFlags.Public | BindingFlags.Static)!
                .Invoke(null, null)!)];

    private static void Check(CSharpCompilation compilation, EmitResult result)
    {
        if (result.Success) return;
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToArray();
        var text = new StringBuilder($"internal error: the C# generated for {compilation.AssemblyName} does not compile ({errors.Length} shown):");
        foreach (var e in errors)
        {
            text.Append('\n').Append(e);
            // Show the generated line itself, not the .mod line a #line directive maps it to.
            var span = e.Location.SourceSpan;
            if (e.Location.SourceTree is { } tree)
                text.Append("\n    | ").Append(tree.GetText().Lines.GetLineFromPosition(span.Start).ToString().Trim());
        }
        throw new GeneratedCodeException(text.ToString());
    }

    private static MetadataReference[] LoadReferences()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                        || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        return [.. platform.Append(typeof(MechanismDescriptor).Assembly.Location).Distinct()
            .Select(p => MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>One generated C# file: its text and the path it is reported under.</summary>
public sealed record GeneratedSource(string Path, string Text);

/// <summary>Generated C# failed to compile: a defect of the code generator, reported with context.</summary>
public sealed class GeneratedCodeException(string message) : Exception(message);
