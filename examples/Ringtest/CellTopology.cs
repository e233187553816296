using Nrn;

namespace Ringtest;

/// <summary>A cell type of ringtest: how many dendrites, the parent of each (dendrite 0 hangs on the
/// soma) and their nseg, drawn as ringtest's <c>celltypeinfo</c> draws them from the stream
/// Random123(type, 2): a random binary-ish tree in which no dendrite has more than two children.</summary>
public sealed record CellTopology(int[] Parent, int[] Nseg)
{
    public static CellTopology Draw(int type, (int Min, int Max) branches, (int Min, int Max) compartments)
    {
        var r = new NrnRandom();
        r.Random123((uint)type, 2);
        var count = (int)r.Discunif(branches.Min, branches.Max);
        var parent = new int[count];
        var nseg = new int[count];
        // ringtest draws once to set up the distribution and then repicks once per dendrite.
        r.Discunif(compartments.Min, compartments.Max);
        for (var i = 0; i < count; i++) nseg[i] = (int)r.Repick();
        // Open slots: (dendrite, children so far); a dendrite with two children is replaced by the new one.
        var open = new List<(int Dendrite, int Children)> { (0, 0) };
        for (var i = 1; i < count; i++)
        {
            var a = (int)r.Discunif(0, open.Count - 1);
            parent[i] = open[a].Dendrite;
            var children = open[a].Children + 1;
            if (children > 1)
            {
                open[a] = (i, 0);
            }
            else
            {
                open[a] = (open[a].Dendrite, children);
                open.Add((i, 0));
            }
        }
        return new CellTopology(parent, nseg);
    }

    /// <summary>ringtest's <c>shuffle</c> of the cell types with the stream Random123(0, 1).</summary>
    public static int[] ShuffledTypes(int cells, int types)
    {
        var r = new NrnRandom();
        r.Random123(0, 1);
        var result = Enumerable.Range(0, cells).Select(i => i % types).ToArray();
        var n = result.Length - 1;
        for (var i = 0; i <= n; i++)
        {
            var j = (int)r.Discunif(i, n);
            (result[i], result[j]) = (result[j], result[i]);
        }
        return result;
    }
}
