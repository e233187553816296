namespace Nrn;

/// <summary>
/// NEURON's <c>r.Isaac64(seed)</c>: Bob Jenkins's ISAAC-64 with a 16-word state (the size NEURON's copy
/// uses for simulations), seeded by one 32-bit word. Each block of results is read as 32 32-bit words,
/// from the last to the first; a double is one word times 2^-32.
/// </summary>
public sealed class Isaac64Generator : RandomGenerator
{
    private const int SizeLog2 = 4;
    private const int Size = 1 << SizeLog2;
    private const int WordsPerBlock = 2 * Size;
    private const ulong GoldenRatio = 0x9e3779b97f4a7c13;

    // NEURON numbers the generators created without a seed downwards from 2^32 - 2.
    private static uint _unseeded;

    private readonly ulong[] _results = new ulong[Size];
    private readonly ulong[] _memory = new ulong[Size];
    private ulong _a;
    private ulong _b;
    private ulong _c;
    private int _remaining;

    public Isaac64Generator(uint seed = 0)
    {
        var count = Interlocked.Decrement(ref _unseeded);
        if (count == uint.MaxValue) count = Interlocked.Decrement(ref _unseeded);
        Seed = seed == 0 ? count : seed;
        Reset();
    }

    /// <summary>The seed in use (what <c>r.Isaac64()</c> returns).</summary>
    public uint Seed { get; }

    public override void Reset()
    {
        _a = _b = _c = 0;
        Array.Clear(_results);
        _results[0] = Seed;
        Span<ulong> x = [GoldenRatio, GoldenRatio, GoldenRatio, GoldenRatio, GoldenRatio, GoldenRatio, GoldenRatio, GoldenRatio];
        for (var i = 0; i < 4; i++) Mix(x);
        Seeding(x, _results);
        Seeding(x, _memory);
        Generate();
        _remaining = WordsPerBlock;
    }

    public override uint NextUInt32()
    {
        if (_remaining == 0)
        {
            Generate();
            _remaining = WordsPerBlock;
        }
        _remaining--;
        var result = _results[_remaining >> 1];
        return (_remaining & 1) == 0 ? (uint)result : (uint)(result >> 32);
    }

    public override double NextDouble() => NextUInt32() * (1.0 / 4294967296.0);

    // One pass of seeding: fold each eight words of source into the mixer and store the mixer in the memory.
    private void Seeding(Span<ulong> x, ulong[] source)
    {
        for (var i = 0; i < Size; i += 8)
        {
            for (var w = 0; w < 8; w++) x[w] = unchecked(x[w] + source[i + w]);
            Mix(x);
            x.CopyTo(_memory.AsSpan(i, 8));
        }
    }

    private void Generate()
    {
        var a = _a;
        var b = unchecked(_b + ++_c);
        for (var i = 0; i < Size; i++)
        {
            var mixed = (i & 3) switch
            {
                0 => ~(a ^ (a << 21)),
                1 => a ^ (a >> 5),
                2 => a ^ (a << 12),
                _ => a ^ (a >> 33),
            };
            var x = _memory[i];
            a = unchecked(mixed + _memory[(i + Size / 2) % Size]);
            var y = unchecked(_memory[(int)((x >> 3) & (Size - 1))] + a + b);
            _memory[i] = y;
            b = unchecked(_memory[(int)((y >> (SizeLog2 + 3)) & (Size - 1))] + x);
            _results[i] = b;
        }
        (_a, _b) = (a, b);
    }

    private static void Mix(Span<ulong> x)
    {
        unchecked
        {
            x[0] -= x[4]; x[5] ^= x[7] >> 9; x[7] += x[0];
            x[1] -= x[5]; x[6] ^= x[0] << 9; x[0] += x[1];
            x[2] -= x[6]; x[7] ^= x[1] >> 23; x[1] += x[2];
            x[3] -= x[7]; x[0] ^= x[2] << 15; x[2] += x[3];
            x[4] -= x[0]; x[1] ^= x[3] >> 14; x[3] += x[4];
            x[5] -= x[1]; x[2] ^= x[4] << 20; x[4] += x[5];
            x[6] -= x[2]; x[3] ^= x[5] >> 17; x[5] += x[6];
            x[7] -= x[3]; x[4] ^= x[6] << 14; x[6] += x[7];
        }
    }
}
