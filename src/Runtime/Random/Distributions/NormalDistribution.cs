namespace Nrn;

/// <summary><c>r.normal(mean, variance)</c> (the variance, as in NEURON, not the standard deviation): the
/// polar method on pairs of draws; the second value of an accepted pair is kept for the next draw.</summary>
public sealed class NormalDistribution(double mean, double variance) : RandomDistribution
{
    private readonly double _standardDeviation = Math.Sqrt(variance);
    private bool _haveCached;
    private double _cached;

    public override double Draw(RandomGenerator generator)
    {
        if (_haveCached)
        {
            _haveCached = false;
            return _cached * _standardDeviation + mean;
        }
        while (true)
        {
            var v1 = 2 * generator.NextDouble() - 1;
            var v2 = 2 * generator.NextDouble() - 1;
            var w = v1 * v1 + v2 * v2;
            if (w <= 1)
            {
                var y = Math.Sqrt(-2 * Math.Log(w) / w);
                _haveCached = true;
                _cached = v2 * y;
                return v1 * y * _standardDeviation + mean;
            }
        }
    }
}
