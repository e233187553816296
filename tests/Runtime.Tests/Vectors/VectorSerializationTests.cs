namespace Nrn.Runtime.Tests.Vectors;

public sealed class VectorSerializationTests
{
    private static readonly double[] Awkward =
    [
        0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
        BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_0001), // signalling NaN with payload 1
        BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_DEAD_BEEF_0042)), // negative quiet NaN with a payload
        double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 0.1, 1.0 / 3, -65.0,
    ];

    private static byte[] Bytes(Vector v)
    {
        using var stream = new MemoryStream();
        v.Serialize(stream);
        return stream.ToArray();
    }

    [Fact]
    public void RoundTripKeepsEveryBit()
    {
        var v = new Vector(Awkward);
        var back = Vector.Deserialize(new MemoryStream(Bytes(v)));
        Assert.True(back.BitwiseEquals(Awkward));
        Assert.True(Vector.Deserialize(new MemoryStream(Bytes(new Vector()))).BitwiseEquals(Array.Empty<double>()));
    }

    [Fact]
    public void LayoutIsMagicVersionCountThenLittleEndianDoubles()
    {
        var bytes = Bytes(new Vector([1.0, -2.0]));
        Assert.Equal(16 + 2 * 8, bytes.Length);
        Assert.Equal("NRNVEC"u8.ToArray(), bytes[..6]);
        Assert.Equal(1, bytes[6]);
        Assert.Equal(2L, BitConverter.ToInt64(bytes, 8));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0xF0, 0x3F], bytes[16..24]); // 1.0 = 0x3FF0000000000000
        Assert.Equal([0, 0, 0, 0, 0, 0, 0x00, 0xC0], bytes[24..32]); // -2.0 = 0xC000000000000000
    }

    [Fact]
    public void SeveralVectorsFollowEachOtherInOneStream()
    {
        using var stream = new MemoryStream();
        new Vector([1.0, 2]).Serialize(stream);
        new Vector([3.0]).Serialize(stream);
        stream.Position = 0;
        Assert.Equal([1.0, 2], Vector.Deserialize(stream).ToArray());
        Assert.Equal([3.0], Vector.Deserialize(stream).ToArray());
    }

    [Fact]
    public void BadStreamsAreReportedWithWhatAndWhere()
    {
        var good = Bytes(new Vector([1.0, 2, 3]));
        var truncated = Assert.Throws<InvalidDataException>(() => Vector.Deserialize(new MemoryStream(good[..30])));
        Assert.Contains("3 elements is cut short: the stream ends at byte 30 of 40", truncated.Message);
        Assert.Contains("after 5 bytes", Assert.Throws<InvalidDataException>(() => Vector.Deserialize(new MemoryStream(good[..5]))).Message);
        var wrongMagic = (byte[])good.Clone();
        wrongMagic[0] = (byte)'X';
        Assert.Contains("NRNVEC", Assert.Throws<InvalidDataException>(() => Vector.Deserialize(new MemoryStream(wrongMagic))).Message);
        var futureVersion = (byte[])good.Clone();
        futureVersion[6] = 9;
        Assert.Contains("version 9", Assert.Throws<InvalidDataException>(() => Vector.Deserialize(new MemoryStream(futureVersion))).Message);
        var negativeCount = (byte[])good.Clone();
        BitConverter.GetBytes(-4L).CopyTo(negativeCount, 8);
        Assert.Contains("count -4", Assert.Throws<InvalidDataException>(() => Vector.Deserialize(new MemoryStream(negativeCount))).Message);
    }
}
