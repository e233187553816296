namespace Nrn;

/// <summary><c>r.geometric(p)</c>: the number of uniform draws up to and including the first at or above <paramref name="p"/>.</summary>
public sealed class GeometricDistribution(double p) : RandomDistribution
{
    public override double Draw(RandomGenerator generator)
    {
        var samples = 1;
        while (generator.NextDouble() < p) samples++;
        return samples;
    }
}
