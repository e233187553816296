using Nrniv.Compare;

namespace Nrniv.Tests;

public sealed class ToleranceTests
{
    [Theory]
    [InlineData(1.0, 1.5, 0.5, 0.5 / 1.5)]
    [InlineData(-2.0, 2.0, 4.0, 2.0)]
    [InlineData(0.0, 0.0, 0.0, 0.0)]
    [InlineData(0.0, 1e-9, 1e-9, 1.0)]
    public void Difference_is_absolute_and_relative_to_the_larger_magnitude(double a, double b, double absolute, double relative)
    {
        var d = SampleDifference.Of(a, b);
        Assert.Equal(absolute, d.Absolute, 15);
        Assert.Equal(relative, d.Relative, 15);
    }

    [Fact]
    public void Missing_and_non_finite_values_agree_only_with_themselves()
    {
        Assert.Equal(new SampleDifference(0, 0), SampleDifference.Of(double.NaN, double.NaN));
        Assert.Equal(new SampleDifference(0, 0), SampleDifference.Of(double.NegativeInfinity, double.NegativeInfinity));
        Assert.Equal(double.PositiveInfinity, SampleDifference.Of(double.NaN, 0).Absolute);
        Assert.Equal(double.PositiveInfinity, SampleDifference.Of(double.PositiveInfinity, double.NegativeInfinity).Relative);
    }

    [Fact]
    public void A_sample_is_accepted_when_either_criterion_holds()
    {
        var tolerance = new Tolerance(1e-6, 1e-6);
        Assert.True(tolerance.Accepts(SampleDifference.Of(0, 1e-7)));
        Assert.True(tolerance.Accepts(SampleDifference.Of(1e6, 1e6 + 0.5)));
        Assert.False(tolerance.Accepts(SampleDifference.Of(1, 1 + 1e-5)));
    }
}
