namespace Nrn;

/// <summary>
/// NEURON's <c>Random</c> class (<c>h.Random()</c>): a generator (<see cref="MCellRan4"/>,
/// <see cref="Random123"/>) and the distribution last chosen, which <see cref="Repick"/> draws from
/// again. Each distribution method switches to that distribution and returns its first draw, as in
/// NEURON; the distributions are the GNU C++ library's that NEURON uses, so the draws are NEURON's bit
/// for bit. NEURON's default generator (ACG, <c>h.Random(seed)</c>) is not available: choose
/// <see cref="MCellRan4"/> or <see cref="Random123"/> before drawing.
/// </summary>
public sealed class NrnRandom
{
    private RandomGenerator? _generator;
    private Distribution _distribution = Distribution.Normal;
    private double _a;
    private double _b = 1;
    private bool _haveCachedNormal;
    private double _cachedNormal;

    private enum Distribution { Uniform, DiscreteUniform, Normal, Negexp, Poisson }

    public RandomGenerator Generator => _generator ?? throw new InvalidOperationException(
        "this Random has NEURON's default ACG generator, which is not available here: call MCellRan4(...) or Random123(...) first");

    /// <summary><c>r.MCellRan4(high, low)</c>: returns the high index the stream starts from
    /// (a hash of a creation count when <paramref name="high"/> is 0).</summary>
    public double MCellRan4(uint high = 0, uint low = 0)
    {
        var generator = new MCellRan4Generator(high, low);
        Use(generator);
        return generator.Origin;
    }

    /// <summary><c>r.Random123(id1, id2, id3)</c>: returns 0.</summary>
    public double Random123(uint id1 = 0, uint id2 = 0, uint id3 = 0)
    {
        Use(new Random123Generator(id1, id2, id3));
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
        _ => throw new InvalidOperationException("Random.seq() can only be used if the random generator was MCellRan4 or Random123"),
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
                throw new InvalidOperationException("Random.seq() can only be used if the random generator was MCellRan4 or Random123");
        }
        return Seq();
    }

    /// <summary><c>r.uniform(low, high)</c>: low + (high - low) * u.</summary>
    public double Uniform(double low, double high) => Choose(Distribution.Uniform, low, high - low);

    /// <summary><c>r.discunif(low, high)</c>: an integer in [low, high], each equally likely.</summary>
    public double Discunif(long low, long high) =>
        Choose(Distribution.DiscreteUniform, Math.Min(low, high), Math.Max(low, high) - Math.Min(low, high) + 1);

    /// <summary><c>r.normal(mean, variance)</c> (note: the variance, as in NEURON, not the standard deviation).</summary>
    public double Normal(double mean, double variance) => Choose(Distribution.Normal, mean, Math.Sqrt(variance));

    /// <summary><c>r.negexp(mean)</c>: -mean * log(u).</summary>
    public double Negexp(double mean) => Choose(Distribution.Negexp, mean, 0);

    /// <summary><c>r.poisson(mean)</c>: the number of uniform draws whose running product stays at or above exp(-mean), minus one.</summary>
    public double Poisson(double mean) => Choose(Distribution.Poisson, mean, 0);

    /// <summary><c>r.repick()</c> (and <c>nrn_random_pick</c> in C): another draw from the distribution last chosen.</summary>
    public double Repick()
    {
        var generator = Generator;
        switch (_distribution)
        {
            case Distribution.Uniform:
                return _a + _b * generator.NextDouble();
            case Distribution.DiscreteUniform:
                return Math.Floor(_a + _b * generator.NextDouble());
            case Distribution.Negexp:
                return -_a * Math.Log(generator.NextDouble());
            case Distribution.Poisson:
            {
                var bound = Math.Exp(-1.0 * _a);
                var count = 0;
                for (var product = 1.0; product >= bound; product *= generator.NextDouble()) count++;
                return count - 1;
            }
            default:
                return NextNormal(generator);
        }
    }

    /// <summary><c>nrn_random_reset</c>: the generator back to its first draw.</summary>
    public void Reset() => Generator.Reset();

    private double NextNormal(RandomGenerator generator)
    {
        if (_haveCachedNormal)
        {
            _haveCachedNormal = false;
            return _cachedNormal * _b + _a;
        }
        while (true)
        {
            var v1 = 2 * generator.NextDouble() - 1;
            var v2 = 2 * generator.NextDouble() - 1;
            var w = v1 * v1 + v2 * v2;
            if (w <= 1)
            {
                var y = Math.Sqrt(-2 * Math.Log(w) / w);
                _haveCachedNormal = true;
                _cachedNormal = v2 * y;
                return v1 * y * _b + _a;
            }
        }
    }

    private double Choose(Distribution distribution, double a, double b)
    {
        (_distribution, _a, _b, _haveCachedNormal) = (distribution, a, b, false);
        return Repick();
    }

    // Choosing a generator keeps the distribution (NEURON swaps the generator under it).
    private void Use(RandomGenerator generator) => _generator = generator;
}
