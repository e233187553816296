namespace Nrn;

/// <summary><c>r.negexp(mean)</c>: -mean log u.</summary>
public sealed class NegexpDistribution(double mean) : RandomDistribution
{
    public override double Draw(RandomGenerator generator) => -mean * Math.Log(generator.NextDouble());
}
