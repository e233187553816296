using Nmodl.Codegen.Verbatim;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>Shortcuts for translating test C as a VERBATIM block of a mod file named test.mod.</summary>
internal static class Translate
{
    public static readonly VerbatimOrigin Origin = new("test.mod", 10, 9);

    /// <summary>Translates file-scope C and asserts that it succeeded; returns the C# members.</summary>
    public static string FileScope(string c, IVerbatimNameResolver? resolver = null)
    {
        var module = new VerbatimModule("test.mod", resolver ?? new DefaultNameResolver());
        var translation = module.AddFileScope(c, Origin);
        Assert.True(translation.Succeeded, string.Join("\n", translation.Diagnostics));
        return translation.Code + module.StaticLocalFields();
    }

    /// <summary>The diagnostics of translating file-scope C.</summary>
    public static IReadOnlyList<VerbatimDiagnostic> FileScopeDiagnostics(string c, IVerbatimNameResolver? resolver = null) =>
        new VerbatimModule("test.mod", resolver ?? new DefaultNameResolver()).AddFileScope(c, Origin).Diagnostics;

    /// <summary>The diagnostics of translating C statements inside a PROCEDURE.</summary>
    public static IReadOnlyList<VerbatimDiagnostic> StatementDiagnostics(string c, IVerbatimNameResolver? resolver = null) =>
        new VerbatimModule("test.mod", resolver ?? new DefaultNameResolver())
            .TranslateStatements(c, Origin, VerbatimBlockContext.Procedure("p")).Diagnostics;

    /// <summary>Runs C defining `static void run(void)` with gcc and its translation with Roslyn; both must print the same.</summary>
    public static void AssertSameOutputAsGcc(string c, Xunit.Abstractions.ITestOutputHelper output)
    {
        var members = FileScope(c);
        var (translated, errors) = RoslynProgram.Run(members, "run()");
        if (!GccProgram.Available)
        {
            output.WriteLine("SKIPPED the comparison with gcc: no gcc on PATH; only the translation and its compilation were checked.");
            return;
        }
        var (expected, expectedErrors) = GccProgram.Run(c + "\nint main(void) { run(); return 0; }\n");
        Assert.Equal(expected, translated);
        Assert.Equal(expectedErrors, errors);
    }
}
