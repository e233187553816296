namespace Nrn;

/// <summary>
/// NEURON's <c>mcell_ran4</c> family: a stateless 64-bit hash of a (high, low) index pair, after John
/// Skilling's Ranint4; each draw hashes the high index and increments it. <see cref="LowIndex"/> is
/// the process-wide low index that <c>mcell_ran4_init</c> sets.
/// </summary>
public static class MCellRan4
{
    /// <summary><c>mcell_ran4_init(low)</c>: the low index of the draws that name none.</summary>
    public static uint LowIndex { get; set; }

    /// <summary><c>nrnRan4int</c>: the hash of (<paramref name="high"/>, <paramref name="low"/>); <paramref name="high"/> is incremented.</summary>
    public static uint NextUInt32(ref uint high, uint low)
    {
        unchecked
        {
            var n = high++;
            var m = low;
            var w = n ^ 0xbaa96887;
            var v = w >> 16;
            w &= 0xffff;
            var u = ~((v - w) * (v + w));
            m ^= (((u >> 16) | (u << 16)) ^ 0x4b0f3b58) + w * v;
            w = m ^ 0x1e17d32c;
            v = w >> 16;
            w &= 0xffff;
            u = ~((v - w) * (v + w));
            n ^= (((u >> 16) | (u << 16)) ^ 0xe874f0c3) + w * v;
            return n;
        }
    }

    /// <summary><c>nrnRan4dbl</c>: the hash as a double in [0, 1) (the 32 bits times 2^-32).</summary>
    public static double NextDouble(ref uint high, uint low) => NextUInt32(ref high, low) * (1.0 / 4294967296.0);

    /// <summary><c>mcell_ran4(&amp;high, x, n, range)</c>: fills <paramref name="values"/> with draws times
    /// <paramref name="range"/> on the global low index and returns the first.</summary>
    public static double Fill(ref uint high, Span<double> values, double range)
    {
        for (var k = 0; k < values.Length; k++) values[k] = range * NextDouble(ref high, LowIndex);
        return values.Length > 0 ? values[0] : 0.0;
    }
}
