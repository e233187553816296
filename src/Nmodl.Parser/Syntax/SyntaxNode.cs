using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

/// <summary>Base of every AST node: immutable, with the source span it was parsed from.</summary>
public abstract record SyntaxNode(SourceSpan Span)
{
    /// <summary>The direct children, in source order.</summary>
    public abstract IEnumerable<SyntaxNode> ChildNodes();

    /// <summary>All nodes below this one, depth first, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        var stack = new Stack<IEnumerator<SyntaxNode>>();
        stack.Push(ChildNodes().GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                stack.Pop();
                continue;
            }
            yield return top.Current;
            stack.Push(top.Current.ChildNodes().GetEnumerator());
        }
    }

    protected static IEnumerable<SyntaxNode> Nodes(params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var list = new List<SyntaxNode>(nodes.Length);
        foreach (var node in nodes)
            if (node is not null) list.Add(node);
        return list;
    }
}

/// <summary>A name as written in a declaration or a list (RANGE a, b), with its own span.</summary>
public sealed record Identifier(SourceSpan Span, string Text) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override string ToString() => Text;
}

/// <summary>A unit as written between parentheses, e.g. <c>mA/cm2</c> for <c>(mA/cm2)</c>.</summary>
public sealed record Unit(SourceSpan Span, string Text) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>A literal number in a declaration; <see cref="Text"/> keeps the spelling, sign included.</summary>
public sealed record NumberLiteral(SourceSpan Span, string Text, double Value) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}

/// <summary>The <c>&lt;low, high&gt;</c> range of a PARAMETER.</summary>
public sealed record Limits(SourceSpan Span, NumberLiteral Low, NumberLiteral High) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [Low, High];
}
