namespace Nmodl.Parser.Syntax;

/// <summary>
/// Visits a tree depth first. Override <see cref="Visit"/> to look at nodes (pattern-match on
/// the record types) and call <c>base.Visit(node)</c> to go on into the children.
/// </summary>
public abstract class SyntaxWalker
{
    public virtual void Visit(SyntaxNode node)
    {
        foreach (var child in node.ChildNodes()) Visit(child);
    }
}
