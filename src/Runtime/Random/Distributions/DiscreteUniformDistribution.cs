namespace Nrn;

/// <summary><c>r.discunif(low, high)</c>: an integer in [low, high] (either order), each equally likely: floor(low + (high - low + 1) u).</summary>
public sealed class DiscreteUniformDistribution(long low, long high) : RandomDistribution
{
    private readonly double _low = Math.Min(low, high);
    private readonly double _count = Math.Max(low, high) - Math.Min(low, high) + 1;

    public override double Draw(RandomGenerator generator) => Math.Floor(_low + _count * generator.NextDouble());
}
