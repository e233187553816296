using Nmodl.Parser.Parsing;
using Nmodl.Parser.Printing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Tests.Support;

internal static class RoundTrip
{
    /// <summary>
    /// Prints <paramref name="file"/>, parses the text again and prints that: both prints must be
    /// equal and both trees must have the same nodes in the same order (spans aside).
    /// </summary>
    public static void AssertFixedPoint(ModFile file)
    {
        var printed = NmodlPrinter.Print(file);
        var reparsed = NmodlParser.ParseText(printed, file.Path + ".printed");
        Assert.False(reparsed.HasErrors, $"printed text does not parse:\n{reparsed.RenderDiagnostics()}\n{printed}");
        Assert.Equal(printed, NmodlPrinter.Print(reparsed.Root));
        Assert.Equal(Outline(file), Outline(reparsed.Root));
    }

    /// <summary>Node types plus the text of names and numbers, in tree order.</summary>
    private static List<string> Outline(ModFile file) =>
        file.DescendantNodes()
            .Where(n => n is not IncludeBlock && !IsInsideInclude(n, file))
            .Select(n => n switch
            {
                Identifier id => "Identifier:" + id.Text,
                NameExpression name => "Name:" + name.Name,
                NumberExpression number => "Number:" + number.Text,
                NumberLiteral literal => "Literal:" + literal.Text,
                Unit unit => "Unit:" + unit.Text,
                BinaryExpression binary => "Binary:" + binary.Operator,
                _ => n.GetType().Name,
            })
            .ToList();

    private static bool IsInsideInclude(SyntaxNode node, ModFile file) => node.Span.File != file.Path;
}
