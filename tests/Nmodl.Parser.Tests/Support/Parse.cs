using Nmodl.Parser.Parsing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Tests.Support;

/// <summary>Parsing helpers for tests: parse text and fail with the rendered diagnostics when it has errors.</summary>
internal static class Parse
{
    public static ModFile Valid(string text, string path = "test.mod")
    {
        var result = NmodlParser.ParseText(text, path);
        Assert.False(result.HasErrors, "unexpected errors:\n" + result.RenderDiagnostics());
        return result.Root;
    }

    public static T Block<T>(string text) where T : Block
    {
        var file = Valid(text);
        return Assert.Single(file.Blocks.OfType<T>());
    }

    /// <summary>The statements of <c>BREAKPOINT { body }</c>.</summary>
    public static IReadOnlyList<Statement> Statements(string body, string header = "BREAKPOINT") =>
        ((CodeBlock)Valid($"{header} {{\n{body}\n}}\n").Blocks.Single()).Body.Statements;

    public static Statement Statement(string body, string header = "BREAKPOINT") => Assert.Single(Statements(body, header));

    public static Expression Expression(string text) =>
        Assert.IsType<AssignmentStatement>(Statement($"x = {text}")).Value;
}
