namespace Nrn;

/// <summary>The Philox4x32-10 counter-based generator of Random123 (Salmon et al., SC11): a
/// 128-bit counter and a 64-bit key map to 128 random bits in ten rounds. NEURON's Random123
/// streams are this function applied to (sequence, id3, id1, id2).</summary>
public static class Philox4x32
{
    private const uint Multiplier0 = 0xD2511F53;
    private const uint Multiplier1 = 0xCD9E8D57;
    private const uint Weyl0 = 0x9E3779B9;
    private const uint Weyl1 = 0xBB67AE85;

    /// <summary>The four 32-bit words for <paramref name="counter"/> under the key (<paramref name="key0"/>, <paramref name="key1"/>).</summary>
    public static Counter128 Block(Counter128 counter, uint key0, uint key1)
    {
        var (c0, c1, c2, c3) = (counter.Word0, counter.Word1, counter.Word2, counter.Word3);
        for (var round = 0; round < 10; round++)
        {
            if (round > 0)
            {
                key0 = unchecked(key0 + Weyl0);
                key1 = unchecked(key1 + Weyl1);
            }
            var product0 = (ulong)Multiplier0 * c0;
            var product1 = (ulong)Multiplier1 * c2;
            (c0, c1, c2, c3) = ((uint)(product1 >> 32) ^ c1 ^ key0, (uint)product1, (uint)(product0 >> 32) ^ c3 ^ key1, (uint)product0);
        }
        return new Counter128(c0, c1, c2, c3);
    }
}

/// <summary>Four 32-bit words: a Philox counter or its output.</summary>
public readonly record struct Counter128(uint Word0, uint Word1, uint Word2, uint Word3)
{
    public uint this[int index] => index switch
    {
        0 => Word0,
        1 => Word1,
        2 => Word2,
        3 => Word3,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "a Counter128 has words 0 to 3"),
    };

    /// <summary>The counter plus one, carrying from word 0 upwards (Random123's <c>incr()</c>).</summary>
    public Counter128 Increment()
    {
        var w0 = unchecked(Word0 + 1);
        if (w0 != 0) return this with { Word0 = w0 };
        var w1 = unchecked(Word1 + 1);
        if (w1 != 0) return new Counter128(0, w1, Word2, Word3);
        var w2 = unchecked(Word2 + 1);
        return w2 != 0 ? new Counter128(0, 0, w2, Word3) : new Counter128(0, 0, 0, unchecked(Word3 + 1));
    }
}
