namespace Nrn;

/// <summary>The uniform source behind a <see cref="NrnRandom"/> (the GNU library's <c>RNG</c> that NEURON's
/// Random class wraps): 32-bit words, doubles in (0, 1) or [0, 1), and a way back to its start.</summary>
public abstract class RandomGenerator
{
    private const ulong OneBits = 0x3FF0000000000000;
    private const uint HighMantissaMask = 0x000FFFFF;

    public abstract uint NextUInt32();

    /// <summary>The GNU library's <c>RNG::asDouble</c>: the first word fills the low 32 bits of the mantissa
    /// of a double in [1, 2), the second its high 20 bits; minus 1. Generators with their own double override it.</summary>
    public virtual double NextDouble()
    {
        var low = NextUInt32();
        var high = NextUInt32() & HighMantissaMask;
        return BitConverter.UInt64BitsToDouble(OneBits | ((ulong)high << 32) | low) - 1.0;
    }

    /// <summary>Back to the first draw (NEURON's <c>RNG::reset</c>).</summary>
    public abstract void Reset();
}

/// <summary>NEURON's <c>Random.MCellRan4(high, low)</c> generator: the <see cref="MCellRan4"/> hash
/// of a high index that each draw increments, and a low index (0: the global <see cref="MCellRan4.LowIndex"/>).</summary>
public sealed class MCellRan4Generator : RandomGenerator
{
    // NEURON numbers the generators created without a seed; their first high index is a hash of that count.
    private static uint _created;

    public MCellRan4Generator(uint high = 0, uint low = 0)
    {
        Low = low;
        High = high;
        if (High == 0)
        {
            High = Interlocked.Increment(ref _created);
            High = NextUInt32();
        }
        else
        {
            Interlocked.Increment(ref _created);
        }
        Origin = High;
    }

    /// <summary>The high index of the next draw (NEURON's <c>Random.seq()</c>).</summary>
    public uint High { get; set; }

    public uint Low { get; }

    /// <summary>The high index the generator started from (what <c>Random.MCellRan4()</c> returns).</summary>
    public uint Origin { get; }

    public override uint NextUInt32()
    {
        var high = High;
        var value = MCellRan4.NextUInt32(ref high, Low == 0 ? MCellRan4.LowIndex : Low);
        High = high;
        return value;
    }

    public override double NextDouble()
    {
        var high = High;
        var value = MCellRan4.NextDouble(ref high, Low == 0 ? MCellRan4.LowIndex : Low);
        High = high;
        return value;
    }

    public override void Reset() => High = Origin;
}

/// <summary>NEURON's <c>Random.Random123(id1, id2, id3)</c> generator: a <see cref="Random123Stream"/>.</summary>
public sealed class Random123Generator(uint id1, uint id2, uint id3) : RandomGenerator
{
    public Random123Stream Stream { get; } = new(id1, id2, id3);

    public override uint NextUInt32() => Stream.NextUInt32();

    public override double NextDouble() => Stream.NextDouble();

    public override void Reset() => Stream.SetSequence(0, 0);
}
