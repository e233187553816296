using System.Collections.Immutable;
using Nmodl.Parser.Text;

namespace Nmodl.Parser.Syntax;

/// <summary>The root of one parsed .mod file: its blocks in source order.</summary>
public sealed record ModFile(SourceSpan Span, string Path, ImmutableArray<Block> Blocks) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Blocks;

    /// <summary>The blocks with every INCLUDE replaced by the blocks of the included file, recursively.</summary>
    public IEnumerable<Block> AllBlocks()
    {
        foreach (var block in Blocks)
        {
            if (block is IncludeBlock { Included: { } included })
            {
                foreach (var inner in included.AllBlocks()) yield return inner;
            }
            else
            {
                yield return block;
            }
        }
    }

    /// <summary>The first block of type <typeparamref name="T"/> (includes spliced), or null.</summary>
    public T? Find<T>() where T : Block => AllBlocks().OfType<T>().FirstOrDefault();
}
