namespace Nrn;

/// <summary>
/// NEURON's <c>r.MLCG(seed1, seed2)</c>, the GNU C++ library's MLCG: L'Ecuyer's combination of two
/// multiplicative congruential generators, with the library's own variant of Schrage's step (it takes
/// the seed modulo, not divided by, the quotient), reproduced as is so the draws are NEURON's.
/// </summary>
public sealed class MlcgGenerator : RandomGenerator
{
    private int _one;
    private int _two;

    public MlcgGenerator(int seed1 = 0, int seed2 = 0)
    {
        (Seed1, Seed2) = (seed1, seed2);
        Reset();
    }

    public int Seed1 { get; }

    public int Seed2 { get; }

    public override void Reset()
    {
        _one = unchecked(Scramble(Seed1) % 2147483561 + 1);
        _two = unchecked(Scramble(Seed2) % 2147483397 + 1);
    }

    public override uint NextUInt32()
    {
        unchecked
        {
            var k = _one % 53668;
            _one = 40014 * (_one - k * 53668) - k * 12211;
            if (_one < 0) _one += 2147483563;
            k = _two % 52774;
            _two = 40692 * (_two - k * 52774) - k * 3791;
            if (_two < 0) _two += 2147483399;
            var z = _one - _two;
            if (z < 1) z += 2147483562;
            return (uint)z;
        }
    }

    // Small seeds have too few bits: they select a word of the table, larger ones are mixed with one.
    private static int Scramble(int seed)
    {
        unchecked
        {
            if (seed < 0)
            {
                seed += 2147483561;
                seed = seed < 0 ? -seed : seed;
            }
            return seed is > -1 and < SeedTable.Length
                ? (int)SeedTable.Words[seed]
                : seed ^ (int)SeedTable.Words[seed & (SeedTable.Length - 1)];
        }
    }
}
