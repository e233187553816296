using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Nrn;

/// <summary>Lossless binary form of a vector (what pickling a NEURON Vector gives): the bytes
/// <c>NRNVEC</c>, a format version byte, a reserved byte, the element count as a little-endian
/// 64-bit integer, then every element's IEEE 754 bits, little-endian. NaN payloads, -0.0 and
/// infinities survive the round trip.</summary>
public sealed partial class Vector
{
    private static ReadOnlySpan<byte> Magic => "NRNVEC"u8;
    private const byte FormatVersion = 1;
    private const int HeaderSize = 16;

    /// <summary>Writes the vector to <paramref name="stream"/> in the binary form.</summary>
    public void Serialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderSize];
        Magic.CopyTo(header);
        header[6] = FormatVersion;
        header[7] = 0;
        BinaryPrimitives.WriteInt64LittleEndian(header[8..], _count);
        stream.Write(header);
        if (BitConverter.IsLittleEndian)
        {
            stream.Write(MemoryMarshal.AsBytes(AsSpan()));
            return;
        }
        Span<byte> bytes = stackalloc byte[sizeof(double)];
        foreach (var x in AsSpan())
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes, x);
            stream.Write(bytes);
        }
    }

    /// <summary>Reads a vector written by <see cref="Serialize"/>; a stream that is not one, or is cut
    /// short, gets an <see cref="InvalidDataException"/> saying what is wrong at which byte.</summary>
    public static Vector Deserialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[HeaderSize];
        var got = stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        if (got < HeaderSize)
            throw new InvalidDataException($"not a serialized Vector: the stream ends after {got} bytes, inside the {HeaderSize}-byte header");
        if (!header[..6].SequenceEqual(Magic))
            throw new InvalidDataException("not a serialized Vector: it does not start with the bytes 'NRNVEC'");
        if (header[6] != FormatVersion)
            throw new InvalidDataException($"serialized Vector of format version {header[6]}; this reader knows version {FormatVersion}");
        var count = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        if (count < 0 || count > Array.MaxLength)
            throw new InvalidDataException($"serialized Vector: element count {count} at byte 8 is out of range");
        var vector = new Vector((int)count);
        var bytes = MemoryMarshal.AsBytes(vector.AsSpan());
        got = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (got < bytes.Length)
            throw new InvalidDataException(
                $"serialized Vector of {count} elements is cut short: the stream ends at byte {HeaderSize + got} of {HeaderSize + bytes.Length}");
        if (!BitConverter.IsLittleEndian)
        {
            var values = vector.AsSpan();
            for (var i = 0; i < values.Length; i++)
                values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.Slice(i * sizeof(double), sizeof(double)));
        }
        return vector;
    }
}
