namespace Nrn;

/// <summary><c>r.weibull(alpha, beta)</c>: (beta (-log(1 - u)))^(1 / alpha).</summary>
public sealed class WeibullDistribution(double alpha, double beta) : RandomDistribution
{
    private readonly double _inverseAlpha = 1.0 / alpha;

    public override double Draw(RandomGenerator generator) => Math.Pow(beta * -Math.Log(1 - generator.NextDouble()), _inverseAlpha);
}
