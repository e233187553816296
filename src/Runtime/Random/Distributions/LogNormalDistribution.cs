namespace Nrn;

/// <summary><c>r.lognormal(mean, variance)</c>: e to the power of a normal draw whose mean and variance
/// give the log-normal the requested <paramref name="mean"/> and <paramref name="variance"/>.</summary>
public sealed class LogNormalDistribution(double mean, double variance) : RandomDistribution
{
    private readonly NormalDistribution _normal = new(
        Math.Log(mean * mean / Math.Sqrt(variance + mean * mean)),
        Math.Log((variance + mean * mean) / (mean * mean)));

    // pow(e, x), not exp(x), as the GNU library writes it: the two can differ in the last bit.
    public override double Draw(RandomGenerator generator) => Math.Pow(Math.E, _normal.Draw(generator));
}
