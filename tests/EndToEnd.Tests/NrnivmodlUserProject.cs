using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EndToEnd.Tests;

/// <summary>A user's own C# code that references a built <c>nrnmech.dll</c> (and the runtime), as a
/// project with <c>&lt;Reference Include="x86_64/nrnmech.dll" /&gt;</c> would: compiled by Roslyn
/// against those files and loaded with the library resolved from its path.</summary>
internal static class NrnivmodlUserProject
{
    /// <summary>Compiles <paramref name="source"/> against <paramref name="library"/>; a compile error
    /// fails with the compiler's messages.</summary>
    public static Assembly Compile(string source, string library)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Append(typeof(Nrn.Simulation).Assembly.Location).Append(library)
            .Distinct().Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("UserProject_" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        return new UserContext(library).LoadFromStream(image);
    }

    /// <summary>Calls <c>public static T Program.Main(string library)</c> of the user's code.</summary>
    public static T Run<T>(Assembly assembly, string library) =>
        (T)assembly.GetType("Program", throwOnError: true)!.GetMethod("Main")!.Invoke(null, [library])!;

    /// <summary>The user's assembly finds <c>nrnmech</c> at its path and everything else (the
    /// runtime's types among them) in the test's own context.</summary>
    private sealed class UserContext(string library) : AssemblyLoadContext("user-project")
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == Path.GetFileNameWithoutExtension(library) ? LoadFromAssemblyPath(library) : null;
    }
}
