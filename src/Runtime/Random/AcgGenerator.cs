namespace Nrn;

/// <summary>
/// NEURON's default generator (<c>h.Random(seed, size)</c>, <c>r.ACG(seed, size)</c>), the GNU C++
/// library's ACG: Knuth's algorithm M, an additive (Fibonacci) generator of <c>size</c> words whose
/// sums pick and byte-permute the words of a linear congruential table. The same seed and size give
/// NEURON's stream bit for bit.
/// </summary>
public sealed class AcgGenerator : RandomGenerator
{
    private const uint LcgMultiplier = 66049;
    private const uint LcgIncrement = 3907864577;

    // Knuth's table of (tap, length, auxiliary table length) for additive generators; the first length at or above the requested size is used.
    private static readonly (int Tap, int Length, int AuxLength)[] Shapes =
    [
        (3, 7, 16), (4, 9, 32), (3, 10, 32), (1, 11, 32), (1, 15, 64), (3, 17, 128), (7, 18, 128), (3, 20, 128),
        (2, 21, 128), (1, 22, 128), (5, 23, 128), (3, 25, 128), (2, 29, 128), (3, 31, 128), (13, 33, 256),
        (2, 35, 256), (11, 36, 256), (14, 39, 256), (3, 41, 256), (9, 49, 256), (3, 52, 256), (24, 55, 256),
        (7, 57, 256), (19, 58, 256), (38, 89, 512), (17, 95, 512), (6, 97, 512), (11, 98, 512),
    ];

    // Sixteen byte permutations of a word, four masks each, chosen by bits 2 to 5 of the additive sum.
    private static readonly uint[] Permutations =
    [
        0xffffffff, 0x00000000, 0x00000000, 0x00000000, 0x0000ffff, 0x00ff0000, 0x00000000, 0xff000000,
        0xff0000ff, 0x0000ff00, 0x00000000, 0x00ff0000, 0x00ff00ff, 0x00000000, 0xff00ff00, 0x00000000,
        0xffff0000, 0x000000ff, 0x00000000, 0x0000ff00, 0x00000000, 0x00ff00ff, 0x00000000, 0xff00ff00,
        0xff000000, 0x00000000, 0x000000ff, 0x00ffff00, 0x00000000, 0x00000000, 0x00000000, 0xffffffff,
        0xff00ff00, 0x00000000, 0x00ff00ff, 0x00000000, 0x0000ff00, 0x00000000, 0x00ff0000, 0xff0000ff,
        0x00000000, 0x00000000, 0xffffffff, 0x00000000, 0x00000000, 0x0000ff00, 0xffff0000, 0x000000ff,
        0x00000000, 0xffffffff, 0x00000000, 0x00000000, 0x00ffff00, 0xff000000, 0x00000000, 0x000000ff,
        0x00000000, 0xff000000, 0x0000ffff, 0x00ff0000, 0x00000000, 0xff00ff00, 0x00000000, 0x00ff00ff,
    ];

    private readonly int _shape;
    private readonly uint[] _state;
    private readonly uint[] _aux;
    private int _j;
    private int _k;
    private uint _lcg;

    /// <param name="seed">any 32-bit value; seeds below 32 select a word of a fixed table.</param>
    /// <param name="size">the additive table's length, 7 to 98 (NEURON's default 55).</param>
    public AcgGenerator(uint seed = 0, int size = 55)
    {
        if (size is < 7 or > 98)
            throw new ArgumentOutOfRangeException(nameof(size), size, "the ACG table size must be from 7 to 98, as NEURON's Random(seed, size) requires");
        Seed = seed;
        while (Shapes[_shape].Length < size) _shape++;
        _state = new uint[Shapes[_shape].Length];
        _aux = new uint[Shapes[_shape].AuxLength];
        Reset();
    }

    public uint Seed { get; }

    public override void Reset()
    {
        var u = Seed < SeedTable.Length ? SeedTable.Words[(int)Seed] : Seed ^ SeedTable.Words[(int)(Seed & (SeedTable.Length - 1))];
        for (var i = 0; i < _state.Length; i++) _state[i] = u = Lcg(u);
        for (var i = 0; i < _aux.Length; i++) _aux[i] = u = Lcg(u);
        _k = (int)(u % (uint)_state.Length);
        _j = _k - (_state.Length - Shapes[_shape].Tap);
        if (_j < 0) _j += _state.Length;
        _lcg = u;
    }

    public override uint NextUInt32()
    {
        var sum = unchecked(_state[_k] + _state[_j]);
        _state[_k] = sum;
        _j = _j <= 0 ? _state.Length - 1 : _j - 1;
        _k = _k <= 0 ? _state.Length - 1 : _k - 1;
        var auxIndex = (int)((sum >> 24) & (uint)(_aux.Length - 1));
        var word = _aux[auxIndex];
        _aux[auxIndex] = _lcg = Lcg(_lcg);
        var p = (int)(sum & 0x3c);
        return (Permutations[p] & word)
            | (Permutations[p + 1] & ((word << 24) | (word >> 8)))
            | (Permutations[p + 2] & ((word << 16) | (word >> 16)))
            | (Permutations[p + 3] & ((word << 8) | (word >> 24)));
    }

    private static uint Lcg(uint x) => unchecked(x * LcgMultiplier + LcgIncrement);
}
