namespace Nrn.Runtime.Tests.Vectors;

/// <summary>Statistics against NEURON's own results and against their defining formulas.</summary>
public sealed class VectorStatisticsTests
{
    [Theory]
    [InlineData("mixed")]
    [InlineData("range10")]
    public void StatisticsMatchNeuron(string sample)
    {
        var golden = VectorGolden.Root.GetProperty("stats").GetProperty(sample);
        var v = new Vector(TestSupport.Doubles(golden.GetProperty("values")));
        Assert.Equal(golden.GetProperty("sum").GetDouble(), v.Sum());
        Assert.Equal(golden.GetProperty("mean").GetDouble(), v.Mean());
        Assert.Equal(golden.GetProperty("var").GetDouble(), v.Var());
        Assert.Equal(golden.GetProperty("stdev").GetDouble(), v.Stdev());
        Assert.Equal(golden.GetProperty("max").GetDouble(), v.Max());
        Assert.Equal(golden.GetProperty("min").GetDouble(), v.Min());
    }

    [Fact]
    public void StatisticsFollowTheirDefinitions()
    {
        var v = new Vector([2.0, 4, 4, 4, 5, 5, 7, 9]);
        Assert.Equal(40, v.Sum());
        Assert.Equal(5, v.Mean());
        Assert.Equal(32.0 / 7, v.Var(), 15);
        Assert.Equal(Math.Sqrt(32.0 / 7), v.Stdev(), 15);
        Assert.Equal(9, v.Max());
        Assert.Equal(2, v.Min());
    }

    [Fact]
    public void EmptyAndSingleVectorsFollowNeuronsConventions()
    {
        var golden = TestSupport.Doubles(VectorGolden.Root.GetProperty("max_min_of_empty"));
        var empty = new Vector();
        Assert.Equal(golden, new[] { empty.Max(), empty.Min(), empty.Sum() });
        Assert.Contains("empty", Assert.Throws<InvalidOperationException>(() => empty.Mean()).Message);
        var single = new Vector([3.0]);
        Assert.Equal(3, single.Mean());
        Assert.Contains("at least 2 elements, it has 1", Assert.Throws<InvalidOperationException>(() => single.Stdev()).Message);
        Assert.Contains("at least 2 elements", Assert.Throws<InvalidOperationException>(() => single.Var()).Message);
    }

    [Fact]
    public void EqUsesNeuronsFloatEpsilon()
    {
        var golden = VectorGolden.Root.GetProperty("eq");
        Assert.Equal(Vector.FloatEpsilon, golden.GetProperty("float_epsilon").GetDouble());
        bool Neuron(string name) => golden.GetProperty(name).GetDouble() == 1;
        Assert.Equal(Neuron("within_epsilon"), new Vector([1.0, 2]).Eq(new Vector([1.0, 2 + 1e-12])));
        Assert.Equal(Neuron("beyond_epsilon"), new Vector([1.0, 2]).Eq(new Vector([1.0, 2 + 1e-9])));
        Assert.Equal(Neuron("nan"), new Vector([double.NaN]).Eq(new Vector([double.NaN])));
        Assert.Equal(Neuron("sizes"), new Vector([1.0, 2]).Eq(new Vector([1.0, 2, 3])));
    }

    [Fact]
    public void BitwiseEqualityTellsSignedZerosAndNaNPayloadsApart()
    {
        var quietNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0001);
        var v = new Vector([0.0, quietNaN]);
        Assert.True(v.BitwiseEquals(new Vector([0.0, quietNaN])));
        Assert.False(v.BitwiseEquals(new Vector([-0.0, quietNaN])));
        Assert.False(v.BitwiseEquals(new Vector([0.0, double.NaN])));
        Assert.False(v.BitwiseEquals([0.0]));
    }
}
