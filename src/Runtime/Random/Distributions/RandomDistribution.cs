namespace Nrn;

/// <summary>A distribution of the GNU C++ library that NEURON's Random class draws from (its <c>Random</c>
/// subclasses): the parameters chosen by <c>r.normal(...)</c> and the like; each draw takes what it needs
/// from the generator, so the sequence of uniform draws consumed is NEURON's.</summary>
public abstract class RandomDistribution
{
    public abstract double Draw(RandomGenerator generator);
}
