namespace Nrn;

/// <summary>Where the cells' nodes lie in the node arrays. Cells of one shape (the same parent of
/// every node) are laid out in groups of interleaved cells, node k of each of the group's cells
/// side by side, so that the matrix sweeps run a group's cells in the lanes of vector instructions
/// (CoreNEURON's cell permutation). Each cell's own arithmetic is unchanged by this, so results do
/// not depend on the layout. Cells left over (fewer of a shape than a group holds) follow, each a
/// contiguous range.</summary>
internal sealed class NodeLayout(InterleavedGroup[] groups, int[] plainCellStart)
{
    public InterleavedGroup[] Groups { get; } = groups;

    /// <summary>Plain cell c owns nodes PlainCellStart[c] .. PlainCellStart[c+1]-1, its root first;
    /// the last entry is the node count.</summary>
    public int[] PlainCellStart { get; } = plainCellStart;
}

/// <summary><see cref="Lanes"/> cells of one shape: node k of the cell in lane l is
/// <c>First + k * Lanes + l</c>; <see cref="Parent"/> holds the parent of each node k of the shape
/// (-1 for the root, node 0).</summary>
internal readonly record struct InterleavedGroup(int First, int Lanes, int[] Parent)
{
    public int NodeCount => Parent.Length * Lanes;
}
