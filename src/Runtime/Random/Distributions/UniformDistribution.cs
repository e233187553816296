namespace Nrn;

/// <summary><c>r.uniform(low, high)</c>: low + (high - low) u.</summary>
public sealed class UniformDistribution(double low, double high) : RandomDistribution
{
    private readonly double _width = high - low;

    public override double Draw(RandomGenerator generator) => low + _width * generator.NextDouble();
}
