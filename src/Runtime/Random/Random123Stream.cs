namespace Nrn;

/// <summary>
/// One of NEURON's Random123 streams (<c>nrnran123_State</c>): identified by up to three 32-bit ids,
/// it draws the words of Philox4x32 blocks for counter (sequence, id3, id1, id2) in order, four per
/// block, under the process-wide key <see cref="GlobalIndex"/>. The same ids give the same draws on
/// every machine and thread, in NEURON and here.
/// </summary>
public sealed class Random123Stream
{
    private Counter128 _counter;
    private Counter128 _block;
    private int _which;

    /// <summary><c>nrnran123_newstream3(id1, id2, id3)</c>, positioned at sequence 0.</summary>
    public Random123Stream(uint id1, uint id2, uint id3 = 0)
    {
        _counter = new Counter128(0, id3, id1, id2);
        SetSequence(0, 0);
    }

    /// <summary>NEURON's <c>Random123_globalindex</c>: the first word of every stream's key, shared by
    /// all streams of the process (set it, then reset the streams' sequences, as NEURON advises).</summary>
    public static uint GlobalIndex { get; set; }

    public uint Id1 => _counter.Word2;
    public uint Id2 => _counter.Word3;
    public uint Id3 => _counter.Word1;

    /// <summary>The block number the next draw comes from.</summary>
    public uint Sequence => _counter.Word0;

    /// <summary>Which of the block's four words is drawn next (0 to 3).</summary>
    public int Which => _which;

    /// <summary><c>nrnran123_setseq</c>: continue from word <paramref name="which"/> (0 when outside 0..3) of block <paramref name="sequence"/>.</summary>
    public void SetSequence(uint sequence, int which)
    {
        _which = which is < 0 or > 3 ? 0 : which;
        _counter = _counter with { Word0 = sequence };
        _block = Philox4x32.Block(_counter, GlobalIndex, 0);
    }

    /// <summary><c>nrnran123_ipick</c>: the next 32-bit word.</summary>
    public uint NextUInt32()
    {
        var value = _block[_which++];
        if (_which > 3)
        {
            _which = 0;
            _counter = _counter.Increment();
            _block = Philox4x32.Block(_counter, GlobalIndex, 0);
        }
        return value;
    }

    /// <summary><c>nrnran123_dblpick</c>: the next draw as a double in the open interval (0, 1): (u + 1) / (2^32 + 1).</summary>
    public double NextDouble() => ((double)NextUInt32() + 1.0) * (1.0 / 4294967297.0);

    /// <summary><c>nrnran123_negexp</c>: an exponential draw of mean 1.</summary>
    public double NextNegexp() => -Math.Log(NextDouble());

    /// <summary><c>nrnran123_normal</c>: a standard normal draw by the polar method (one value per accepted pair; the other is dropped).</summary>
    public double NextNormal()
    {
        double u1, w;
        do
        {
            u1 = 2.0 * NextDouble() - 1.0;
            var u2 = 2.0 * NextDouble() - 1.0;
            w = u1 * u1 + u2 * u2;
        }
        while (w > 1);
        return u1 * Math.Sqrt(-2.0 * Math.Log(w) / w);
    }
}
