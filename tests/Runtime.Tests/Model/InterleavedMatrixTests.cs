namespace Nrn.Runtime.Tests.Model;

/// <summary>The vector sweeps over interleaved cells against the scalar sweeps (themselves checked
/// against dense elimination in HinesSolverTests) on the same cells laid out one after another:
/// every value must be the same to the bit.</summary>
public sealed class InterleavedMatrixTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 37)]
    [InlineData(4, 400)]
    public void SweepsMatchTheScalarSweepsCellByCell(int seed, int nodesPerCell)
    {
        var random = new Random(seed);
        var lanes = 2 * System.Numerics.Vector<double>.Count;
        var shape = new int[nodesPerCell];
        shape[0] = -1;
        for (var k = 1; k < nodesPerCell; k++) shape[k] = random.Next(k);
        const int offset = 3;
        var n = offset + lanes * nodesPerCell;
        double[] NewArray(Func<double> value) => [.. Enumerable.Range(0, n).Select(_ => value())];
        var d = NewArray(() => random.NextDouble() + 0.1);
        var rhs = NewArray(() => random.NextDouble() * 2 - 1);
        var v = NewArray(() => random.NextDouble() * 100 - 80);
        var cm = NewArray(() => random.NextDouble() * 2);
        var a = NewArray(() => -random.NextDouble() * 10);
        var b = NewArray(() => -random.NextDouble() * 10);
        int Interleaved(int lane, int k) => offset + k * lanes + lane;
        int Plain(int lane, int k) => offset + lane * nodesPerCell + k;
        double[] ToPlain(double[] x)
        {
            var y = (double[])x.Clone();
            for (var l = 0; l < lanes; l++)
                for (var k = 0; k < nodesPerCell; k++) y[Plain(l, k)] = x[Interleaved(l, k)];
            return y;
        }
        var (pd, prhs, pv, pcm, pa, pb) = (ToPlain(d), ToPlain(rhs), ToPlain(v), ToPlain(cm), ToPlain(a), ToPlain(b));
        var parent = new int[n];
        var cellStart = new int[lanes + 1];
        for (var l = 0; l < lanes; l++)
        {
            cellStart[l] = Plain(l, 0);
            for (var k = 0; k < nodesPerCell; k++) parent[Plain(l, k)] = shape[k] < 0 ? -1 : Plain(l, shape[k]);
        }
        cellStart[lanes] = n;
        var group = new InterleavedGroup(offset, lanes, shape);

        InterleavedMatrix.AddCapacitanceAndAxial(d, rhs, v, cm, a, b, group, 40);
        CableMatrix.AddCapacitanceAndAxial(pd, prhs, pv, pcm, pa, pb, parent, cellStart, 40);
        Assert.Equal(pd, ToPlain(d));
        Assert.Equal(prhs, ToPlain(rhs));

        InterleavedMatrix.SolveAndUpdate(d, rhs, v, a, b, group);
        CableMatrix.SolveAndUpdate(pd, prhs, pv, pa, pb, parent, cellStart);
        Assert.Equal(pd, ToPlain(d));
        Assert.Equal(prhs, ToPlain(rhs));
        Assert.Equal(pv, ToPlain(v));
    }
}
