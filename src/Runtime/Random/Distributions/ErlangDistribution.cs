namespace Nrn;

/// <summary><c>r.erlang(mean, variance)</c>: -log of the product of k uniform draws, over k / mean, with
/// k = mean^2 / variance rounded (at least 1).</summary>
public sealed class ErlangDistribution : RandomDistribution
{
    private readonly int _k;
    private readonly double _rate;

    public ErlangDistribution(double mean, double variance)
    {
        _k = Math.Max(1, (int)(mean * mean / variance + 0.5));
        _rate = _k / mean;
    }

    public override double Draw(RandomGenerator generator)
    {
        var product = 1.0;
        for (var i = 0; i < _k; i++) product *= generator.NextDouble();
        return -Math.Log(product) / _rate;
    }
}
