using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Nrn.CLib;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>Compiles translated C# in memory with Roslyn and runs it, capturing what it prints.</summary>
internal static class RoslynProgram
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Append(typeof(CStdio).Assembly.Location)
        .Distinct()
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray());

    /// <summary>Compiles a class holding <paramref name="members"/> and returns what calling <paramref name="entry"/> writes to stdout and stderr.</summary>
    public static (string Output, string Errors) Run(string members, string entry)
    {
        var source = $$"""
            using System;
            public static class Translated
            {
            {{members}}
                public static void Entry() => {{entry}};
            }
            """;
        var assembly = Compile(source);
        var method = assembly.GetType("Translated")!.GetMethod("Entry")!;
        var output = new StringWriter();
        var errors = new StringWriter();
        using (CStdio.Redirect(output, errors))
        {
            try
            {
                method.Invoke(null, null);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }
        return (output.ToString(), errors.ToString());
    }

    /// <summary>Compiles C# and returns the assembly, failing the test with Roslyn's errors and the source.</summary>
    public static Assembly Compile(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Translated.cs");
        var compilation = CSharpCompilation.Create("Translated" + Guid.NewGuid().ToString("N"), [tree], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(result.Success, "Roslyn rejected the translation:\n" + string.Join("\n", problems) + "\n" + Numbered(source));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>Roslyn's warnings for translated code (the translation should not produce any).</summary>
    public static IReadOnlyList<string> Warnings(string members)
    {
        var source = "using System;\npublic static class Translated\n{\n" + members + "\n}\n";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Warnings", [tree], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
    }

    private static string Numbered(string source) =>
        string.Join("\n", source.Split('\n').Select((line, i) => $"{i + 1,4}: {line}"));
}
