namespace Ringtest;

/// <summary>NEURON's <c>Random.Random123(id1, id2, id3)</c> generator: Philox4x32-10 counter-based
/// random numbers with NEURON's stream layout (counter = [sequence, id3, id1, id2], key = [global
/// index, 0]), handing out the four 32-bit words of each block in turn. <see cref="Uniform"/> is
/// NEURON's <c>nrnran123_dblpick</c>, in the open interval (0, 1).</summary>
public sealed class Random123Stream
{
    private const uint M0 = 0xD2511F53, M1 = 0xCD9E8D57, W0 = 0x9E3779B9, W1 = 0xBB67AE85;
    private readonly uint[] _counter = new uint[4];
    private readonly uint[] _block = new uint[4];
    private readonly uint _globalIndex;
    private int _which;

    public Random123Stream(uint id1, uint id2, uint id3 = 0, uint globalIndex = 0)
    {
        _globalIndex = globalIndex;
        (_counter[1], _counter[2], _counter[3]) = (id3, id1, id2);
        NewBlock();
    }

    /// <summary>The next 32-bit word of the stream (nrnran123_ipick).</summary>
    public uint Next()
    {
        var value = _block[_which++];
        if (_which > 3)
        {
            _which = 0;
            _counter[0]++;
            NewBlock();
        }
        return value;
    }

    /// <summary>(u + 1) / (2^32 + 1): uniform in (0, 1).</summary>
    public double Uniform() => (Next() + 1.0) * (1.0 / 4294967297.0);

    /// <summary>NEURON's <c>Random.discunif(low, high)</c> pick: low + floor((high - low + 1) u).</summary>
    public int DiscreteUniform(int low, int high)
    {
        var (a, b) = low < high ? (low, high) : (high, low);
        long delta = b - a + 1;
        return (int)(a + (long)Math.Floor(delta * Uniform()));
    }

    private void NewBlock()
    {
        uint c0 = _counter[0], c1 = _counter[1], c2 = _counter[2], c3 = _counter[3];
        uint k0 = _globalIndex, k1 = 0;
        for (var round = 0; round < 10; round++)
        {
            if (round > 0)
            {
                k0 += W0;
                k1 += W1;
            }
            var p0 = (ulong)M0 * c0;
            var p1 = (ulong)M1 * c2;
            (c0, c1, c2, c3) = ((uint)(p1 >> 32) ^ c1 ^ k0, (uint)p1, (uint)(p0 >> 32) ^ c3 ^ k1, (uint)p0);
        }
        (_block[0], _block[1], _block[2], _block[3]) = (c0, c1, c2, c3);
    }
}
