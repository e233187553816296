namespace Nrn;

/// <summary>Solves the tree-structured (Hines) matrix in place, cell by cell: eliminate from the
/// leaves to the root, then substitute back from the root. Needs parents numbered before children.</summary>
public static class HinesSolver
{
    /// <param name="d">Diagonal; overwritten.</param>
    /// <param name="rhs">Right-hand side; replaced by the solution.</param>
    /// <param name="a">a[i]: coefficient of node i in its parent's row.</param>
    /// <param name="b">b[i]: coefficient of the parent in node i's row.</param>
    /// <param name="parent">Parent of each node, -1 for roots.</param>
    /// <param name="cellStart">Cell c owns nodes cellStart[c] .. cellStart[c+1]-1, root first.</param>
    public static void Solve(double[] d, double[] rhs, double[] a, double[] b, int[] parent, int[] cellStart)
    {
        for (var c = 0; c + 1 < cellStart.Length; c++)
        {
            int start = cellStart[c], end = cellStart[c + 1];
            for (var i = end - 1; i > start; i--)
            {
                var p = a[i] / d[i];
                var pi = parent[i];
                d[pi] -= p * b[i];
                rhs[pi] -= p * rhs[i];
            }
            rhs[start] /= d[start];
            for (var i = start + 1; i < end; i++)
            {
                rhs[i] -= b[i] * rhs[parent[i]];
                rhs[i] /= d[i];
            }
        }
    }
}
