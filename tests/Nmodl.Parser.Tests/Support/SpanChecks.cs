using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Tests.Support;

internal static class SpanChecks
{
    /// <summary>
    /// Every span lies inside the file and inside its parent's span, its line and column agree
    /// with its offset, and names, units, numbers, calls and braces point at their own text.
    /// </summary>
    public static void AssertConsistent(SyntaxNode node, SourceText source)
    {
        var text = source.Text;
        var span = node.Span;
        Assert.InRange(span.Offset, 0, text.Length);
        Assert.InRange(span.End, span.Offset, text.Length);
        var located = source.Span(span.Offset, span.Length);
        Assert.Equal((located.Line, located.Column), (span.Line, span.Column));
        var written = text.Substring(span.Offset, span.Length);
        switch (node)
        {
            case Identifier id: Assert.Equal(id.Text, written); break;
            case NameExpression name: Assert.Equal(name.Name, written); break;
            case Unit unit:
                Assert.StartsWith("(", written);
                Assert.EndsWith(")", written);
                Assert.Equal(unit.Text, written[1..^1].Trim());
                break;
            case NumberExpression number: Assert.StartsWith(number.Text, written); break;
            case CallExpression call: Assert.StartsWith(call.Function, written); break;
            case BlockStatement: Assert.True(written.StartsWith('{') && written.EndsWith('}'), written); break;
        }
        foreach (var child in node.ChildNodes())
        {
            if (child.Span.File != span.File) continue;
            Assert.True(child.Span.Offset >= span.Offset && child.Span.End <= span.End,
                $"{child.GetType().Name} at {child.Span} lies outside its parent {node.GetType().Name} at {span}");
            AssertConsistent(child, source);
        }
    }
}
