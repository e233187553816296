namespace Nrn.Runtime.Tests.Vectors;

public sealed class VectorBasicsTests
{
    [Fact]
    public void RangeIsTheSeedsVectorOfRange5()
    {
        var expected = TestSupport.Doubles(TestSupport.SeedGolden.GetProperty("vector_range5"));
        Assert.Equal(expected, Vector.Range(0, 5).ToArray());
    }

    [Fact]
    public void RangeFollowsPythonsRange()
    {
        Assert.Equal([2, 5, 8], Vector.Range(2, 10, 3).ToArray());
        Assert.Equal([5, 3, 1], Vector.Range(5, 0, -2).ToArray());
        Assert.Empty(Vector.Range(5, 5));
        Assert.Empty(Vector.Range(5, 0));
        Assert.Equal([int.MaxValue - 1.0], Vector.Range(int.MaxValue - 1, int.MaxValue).ToArray());
        Assert.Contains("step", Assert.Throws<ArgumentOutOfRangeException>(() => Vector.Range(0, 5, 0)).Message);
    }

    [Fact]
    public void ConstructorsCopyTheirInput()
    {
        double[] source = [1, 2, 3];
        var fromArray = new Vector(source);
        var fromSpan = new Vector(source.AsSpan(1));
        var fromEnumerable = new Vector(source.Select(x => x * 10));
        source[0] = 99;
        Assert.Equal([1, 2, 3], fromArray.ToArray());
        Assert.Equal([2, 3], fromSpan.ToArray());
        Assert.Equal([10, 20, 30], fromEnumerable.ToArray());
        var copy = new Vector(fromEnumerable);
        copy[0] = -1;
        Assert.Equal(10, fromEnumerable[0]);
        Assert.Equal([7, 7], new Vector(2, 7).ToArray());
        Assert.True(double.IsNegative(new Vector(1, -0.0)[0]));
        Assert.Equal([0, 0, 0], new Vector(3).ToArray());
        Assert.Empty(new Vector());
    }

    [Fact]
    public void AppendResizeFillClearBehaveAsNeuron()
    {
        var v = new Vector().Append(1).Append([2.0, 3.0]).Append(new Vector([4.0]));
        v.Append(v);
        Assert.Equal([1, 2, 3, 4, 1, 2, 3, 4], v.ToArray());
        v.Append(new List<double> { 5 });
        Assert.Equal(9, v.Count);
        v.Resize(2);
        Assert.Equal([1, 2], v.ToArray());
        v.Resize(4);
        Assert.Equal([1, 2, 0, 0], v.ToArray());
        v.Fill(-1);
        Assert.Equal([-1, -1, -1, -1], v.ToArray());
        var capacity = v.Capacity;
        v.Clear();
        Assert.Empty(v);
        Assert.Equal(capacity, v.Capacity);
        Assert.Equal("Vector with 0 elements", v.ToString());
        Assert.Equal("Vector with 1 element", new Vector(1).ToString());
    }

    [Fact]
    public void IndexerChecksBoundsAndNamesTheIndex()
    {
        var v = Vector.Range(0, 3);
        v[1] = 42;
        Assert.Equal(42, v[1]);
        Assert.Contains("5 is outside 0..2", Assert.Throws<ArgumentOutOfRangeException>(() => v[5]).Message);
        Assert.Contains("-1", Assert.Throws<ArgumentOutOfRangeException>(() => v[-1] = 0).Message);
        Assert.Contains("empty", Assert.Throws<ArgumentOutOfRangeException>(() => new Vector()[0]).Message);
        Assert.Contains("-2", Assert.Throws<ArgumentOutOfRangeException>(() => v.Resize(-2)).Message);
        Assert.Contains("-1", Assert.Throws<ArgumentOutOfRangeException>(() => new Vector(-1)).Message);
    }

    [Fact]
    public void SpanAndMemorySeeTheSameStorage()
    {
        // The seed: npv = v.as_numpy(); npv[3] = 42; v[3] == 42.
        var v = Vector.Range(0, 5);
        var span = v.AsSpan();
        span[3] = 42;
        Assert.Equal(42, v[3]);
        v[0] = -7;
        Assert.Equal(-7, span[0]);
        var memory = v.AsMemory();
        memory.Span[4] = 8;
        Assert.Equal(8, v[4]);
        Assert.Equal(5, memory.Length);
        v.EnsureCapacity(100);
        v[1] = 123;
        Assert.NotEqual(123, memory.Span[1]);
    }

    [Fact]
    public void EnumeratesItsElementsInOrder()
    {
        var v = new Vector([3.0, 1.0, 2.0]);
        Assert.Equal([3.0, 1.0, 2.0], v.ToList());
        Assert.Equal(3, v.Count);
    }
}
