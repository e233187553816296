namespace Nrn;

/// <summary><c>r.binomial(n, p)</c>: how many of <paramref name="n"/> uniform draws fall below <paramref name="p"/>.</summary>
public sealed class BinomialDistribution(int n, double p) : RandomDistribution
{
    public override double Draw(RandomGenerator generator)
    {
        var successes = 0;
        for (var i = 0; i < n; i++)
        {
            if (generator.NextDouble() < p) successes++;
        }
        return successes;
    }
}
