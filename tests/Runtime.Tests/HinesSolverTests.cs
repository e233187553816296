namespace Nrn.Runtime.Tests;

/// <summary>The tree solver against a dense Gaussian elimination of the same matrix.</summary>
public sealed class HinesSolverTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 50)]
    [InlineData(4, 300)]
    public void AgreesWithDenseSolveOnRandomTrees(int seed, int nodesPerCell)
    {
        var random = new Random(seed);
        const int cells = 3;
        var n = cells * nodesPerCell;
        var parent = new int[n];
        var cellStart = new int[cells + 1];
        for (var c = 0; c < cells; c++)
        {
            var start = c * nodesPerCell;
            cellStart[c] = start;
            parent[start] = -1;
            for (var i = start + 1; i < start + nodesPerCell; i++) parent[i] = random.Next(start, i);
        }
        cellStart[cells] = n;
        var a = new double[n];
        var b = new double[n];
        var d = new double[n];
        var rhs = new double[n];
        for (var i = 0; i < n; i++)
        {
            if (parent[i] >= 0)
            {
                a[i] = -random.NextDouble() * 10;
                b[i] = -random.NextDouble() * 10;
            }
            rhs[i] = random.NextDouble() * 2 - 1;
        }
        for (var i = 0; i < n; i++)
        {
            d[i] += random.NextDouble() + 0.1 - b[i];
            if (parent[i] >= 0) d[parent[i]] -= a[i];
        }
        var dense = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            dense[i, i] = d[i];
            if (parent[i] < 0) continue;
            dense[parent[i], i] = a[i];
            dense[i, parent[i]] = b[i];
        }
        var expected = DenseSolve(dense, (double[])rhs.Clone());
        var v = new double[n];
        Array.Fill(v, 1.0);
        CableMatrix.SolveAndUpdate(d, rhs, v, a, b, parent, cellStart);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(expected[i], rhs[i], 1e-10 * Math.Max(1, Math.Abs(expected[i])));
            Assert.Equal(1 + rhs[i], v[i]);
        }
    }

    private static double[] DenseSolve(double[,] m, double[] x)
    {
        var n = x.Length;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            for (var c = 0; c < n; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            (x[col], x[pivot]) = (x[pivot], x[col]);
            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                if (f == 0) continue;
                for (var c = col; c < n; c++) m[r, c] -= f * m[col, c];
                x[r] -= f * x[col];
            }
        }
        for (var r = n - 1; r >= 0; r--)
        {
            var s = x[r];
            for (var c = r + 1; c < n; c++) s -= m[r, c] * x[c];
            x[r] = s / m[r, r];
        }
        return x;
    }
}
