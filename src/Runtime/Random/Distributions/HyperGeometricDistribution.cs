namespace Nrn;

/// <summary><c>r.hypergeo(mean, variance)</c>: the GNU library's hyperexponential (two-branch) draw, which
/// NEURON calls hypergeometric: one draw picks the branch, a second its exponential.</summary>
public sealed class HyperGeometricDistribution : RandomDistribution
{
    private readonly double _mean;
    private readonly double _p;

    public HyperGeometricDistribution(double mean, double variance)
    {
        _mean = mean;
        var z = variance / (mean * mean);
        _p = 0.5 * (1.0 - Math.Sqrt((z - 1.0) / (z + 1.0)));
    }

    public override double Draw(RandomGenerator generator)
    {
        var branch = generator.NextDouble() > _p ? 1.0 - _p : _p;
        return -_mean * Math.Log(generator.NextDouble()) / (2.0 * branch);
    }
}
