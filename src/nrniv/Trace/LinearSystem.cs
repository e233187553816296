namespace Nrniv.Trace;

/// <summary>Solves a small dense linear system by Gaussian elimination with partial pivoting.</summary>
internal static class LinearSystem
{
    /// <summary>After each row is scaled to a largest entry of 1, a pivot this small counts as zero:
    /// the matrices solved here come from finite differences, whose round-off turns an exactly
    /// singular Jacobian into one with pivots of order 1e-13.</summary>
    private const double SingularPivot = 1e-9;

    /// <summary>The solution x of <paramref name="a"/> x = <paramref name="b"/>; NaNs when the matrix is singular.</summary>
    public static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var row = 0; row < n; row++)
        {
            var largest = 0.0;
            for (var k = 0; k < n; k++) largest = Math.Max(largest, Math.Abs(m[row, k]));
            if (largest == 0) return [.. Enumerable.Repeat(double.NaN, n)];
            for (var k = 0; k < n; k++) m[row, k] /= largest;
            x[row] /= largest;
        }
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col])) pivot = row;
            if (Math.Abs(m[pivot, col]) <= SingularPivot) return [.. Enumerable.Repeat(double.NaN, n)];
            if (pivot != col)
            {
                for (var k = 0; k < n; k++) (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                (x[col], x[pivot]) = (x[pivot], x[col]);
            }
            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                if (factor == 0) continue;
                for (var k = col; k < n; k++) m[row, k] -= factor * m[col, k];
                x[row] -= factor * x[col];
            }
        }
        for (var row = n - 1; row >= 0; row--)
        {
            var sum = x[row];
            for (var k = row + 1; k < n; k++) sum -= m[row, k] * x[k];
            x[row] = sum / m[row, row];
        }
        return x;
    }
}
