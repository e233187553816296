namespace Nrn;

/// <summary>
/// NEURON's <c>Random</c> class (<c>h.Random(seed, size)</c>): a generator (ACG by default, or
/// <see cref="MLCG"/>, <see cref="Isaac64"/>, <see cref="MCellRan4"/>, <see cref="Random123"/>) and the
/// distribution last chosen (normal(0, 1) at first), which <see cref="Repick"/> draws from again. Each
/// distribution method switches to that distribution and returns its first draw, as in NEURON; the
/// generators and distributions are the GNU C++ library's that NEURON uses, so the draws are NEURON's
/// bit for bit.
/// </summary>
public sealed class NrnRandom
{
    private RandomDistribution _distribution = new NormalDistribution(0, 1);

    /// <summary><c>h.Random(seed, size)</c>: the ACG generator; <paramref name="seed"/> is taken modulo 2^32 as NEURON does.</summary>
    public NrnRandom(long seed = 0, int size = 55) => Generator = new AcgGenerator(unchecked((uint)seed), size);

    public RandomGenerator Generator { get; private set; }

    /// <summary>The distribution <see cref="Repick"/> draws from.</summary>
    public RandomDistribution Distribution => _distribution;

    /// <summary><c>r.ACG(seed, size)</c>: returns 1.</summary>
    public double ACG(long seed = 0, int size = 55)
    {
        Generator = new AcgGenerator(unchecked((uint)seed), size);
        return 1;
    }

    /// <summary><c>r.MLCG(seed1, seed2)</c>: each seed is taken modulo 2^32 as a signed 32-bit value, as NEURON does; returns 1.</summary>
    public double MLCG(long seed1 = 0, long seed2 = 0)
    {
        Generator = new MlcgGenerator(unchecked((int)seed1), unchecked((int)seed2));
        return 1;
    }

    /// <summary><c>r.Isaac64(seed)</c>: returns the seed in use (a creation count when <paramref name="seed"/> is 0).</summary>
    public double Isaac64(uint seed = 0)
    {
        var generator = new Isaac64Generator(seed);
        Generator = generator;
        return generator.Seed;
    }

    /// <summary><c>r.MCellRan4(high, low)</c>: returns the high index the stream starts from
    /// (a hash of a creation count when <paramref name="high"/> is 0).</summary>
    public double MCellRan4(uint high = 0, uint low = 0)
    {
        var generator = new MCellRan4Generator(high, low);
        Generator = generator;
        return generator.Origin;
    }

    /// <summary><c>r.Random123(id1, id2, id3)</c>: returns 0.</summary>
    public double Random123(uint id1 = 0, uint id2 = 0, uint id3 = 0)
    {
        Generator = new Random123Generator(id1, id2, id3);
        return 0;
    }

    /// <summary><c>r.Random123_globalindex(i)</c>: the key shared by every Random123 stream.</summary>
    public static double Random123GlobalIndex(uint? index = null)
    {
        if (index is { } value) Random123Stream.GlobalIndex = value;
        return Random123Stream.GlobalIndex;
    }

    /// <summary><c>r.seq()</c>: for MCellRan4 the high index of the next draw; for Random123 4 * sequence + which.</summary>
    public double Seq() => Generator switch
    {
        MCellRan4Generator m => m.High,
        Random123Generator r => r.Stream.Sequence * 4.0 + r.Stream.Which,
        _ => throw SeqNeedsIndexedGenerator(),
    };

    /// <summary><c>r.seq(value)</c>: continue the stream from <paramref name="value"/> (see <see cref="Seq()"/>).</summary>
    public double Seq(double value)
    {
        switch (Generator)
        {
            case MCellRan4Generator m:
                m.High = unchecked((uint)(long)value);
                break;
            case Random123Generator r:
                if (!(value >= 0 && value <= 17179869183.0))
                    throw new ArgumentOutOfRangeException(nameof(value), value, "Random123's seq is 4 * sequence + which, from 0 to 2^34 - 1");
                var sequence = (uint)(value / 4.0);
                r.Stream.SetSequence(sequence, (int)(value - sequence * 4.0));
                break;
            default:
                throw SeqNeedsIndexedGenerator();
        }
        return Seq();
    }

    /// <summary><c>r.uniform(low, high)</c>: low + (high - low) u.</summary>
    public double Uniform(double low, double high) => Choose(new UniformDistribution(low, high));

    /// <summary><c>r.discunif(low, high)</c>: an integer in [low, high], each equally likely.</summary>
    public double Discunif(long low, long high) => Choose(new DiscreteUniformDistribution(low, high));

    /// <summary><c>r.normal(mean, variance)</c> (note: the variance, as in NEURON, not the standard deviation).</summary>
    public double Normal(double mean, double variance) => Choose(new NormalDistribution(mean, variance));

    /// <summary><c>r.lognormal(mean, variance)</c>: the mean and variance of the log-normal draws themselves.</summary>
    public double Lognormal(double mean, double variance) => Choose(new LogNormalDistribution(mean, variance));

    /// <summary><c>r.negexp(mean)</c>: -mean log u.</summary>
    public double Negexp(double mean) => Choose(new NegexpDistribution(mean));

    /// <summary><c>r.poisson(mean)</c>: the number of uniform draws whose running product stays at or above exp(-mean), minus one.</summary>
    public double Poisson(double mean) => Choose(new PoissonDistribution(mean));

    /// <summary><c>r.binomial(n, p)</c>: successes in <paramref name="n"/> trials of probability <paramref name="p"/> (0 to 1).</summary>
    public double Binomial(double n, double p)
    {
        RandomArguments.Check("Random.binomial", 1, n, 0, 1e99);
        RandomArguments.Check("Random.binomial", 2, p, 0, 1);
        return Choose(new BinomialDistribution((int)n, p));
    }

    /// <summary><c>r.geometric(p)</c>: the number of draws up to the first at or above <paramref name="p"/> (0 to 1).</summary>
    public double Geometric(double p)
    {
        RandomArguments.Check("Random.geometric", 1, p, 0, 1);
        return Choose(new GeometricDistribution(p));
    }

    /// <summary><c>r.hypergeo(mean, variance)</c>: the GNU library's two-branch exponential of that mean and variance.</summary>
    public double Hypergeo(double mean, double variance) => Choose(new HyperGeometricDistribution(mean, variance));

    /// <summary><c>r.erlang(mean, variance)</c>.</summary>
    public double Erlang(double mean, double variance) => Choose(new ErlangDistribution(mean, variance));

    /// <summary><c>r.weibull(alpha, beta)</c>.</summary>
    public double Weibull(double alpha, double beta) => Choose(new WeibullDistribution(alpha, beta));

    /// <summary><c>r.repick()</c> (and <c>nrn_random_pick</c> in C): another draw from the distribution last chosen.</summary>
    public double Repick() => _distribution.Draw(Generator);

    /// <summary><c>r.play(&amp;var)</c>: from now on <paramref name="target"/> gets a new draw of this Random's
    /// distribution at every finitialize and every fixed step of its simulation (see docs/random.md); returns 0.</summary>
    public double Play(DataReference target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Simulation.RandomPlays.Add(this, target);
        return 0;
    }

    /// <summary><c>nrn_random_reset</c>: the generator back to its first draw.</summary>
    public void Reset() => Generator.Reset();

    // Choosing a generator keeps the distribution (NEURON swaps the generator under it); choosing a distribution keeps the generator.
    private double Choose(RandomDistribution distribution)
    {
        _distribution = distribution;
        return Repick();
    }

    private static InvalidOperationException SeqNeedsIndexedGenerator() =>
        new("Random.seq() can only be used if the random generator was MCellRan4 or Random123");
}
