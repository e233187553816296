namespace Nrn;

/// <summary><c>r.poisson(mean)</c>: the number of uniform draws whose running product stays at or above exp(-mean), minus one.</summary>
public sealed class PoissonDistribution(double mean) : RandomDistribution
{
    private readonly double _bound = Math.Exp(-1.0 * mean);

    public override double Draw(RandomGenerator generator)
    {
        var count = 0;
        for (var product = 1.0; product >= _bound; product *= generator.NextDouble()) count++;
        return count - 1;
    }
}
