using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Nmodl.Parser.Diagnostics;

namespace Nmodl.Parser.Text;

/// <summary>
/// Turns the bytes of a .mod file into text. Files are read as UTF-8 (a byte-order mark is
/// dropped). Many published .mod files are Latin-1 (a µ or an accented name in a comment), which
/// nocmodl accepts because it works on bytes; so bytes that are not UTF-8 are read as Latin-1 and
/// a warning names the first offending byte. Such a character outside a comment is then an
/// ordinary "unexpected character" error at its own position.
/// </summary>
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return new SourceText(path, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var text = new SourceText(path, Encoding.Latin1.GetString(bytes));
            var bad = FirstInvalidUtf8(bytes);
            diagnostics.Add(DiagnosticCode.NotUtf8, text.Span(bad, 1),
                $"byte 0x{bytes[bad]:X2} is not valid UTF-8; the file is read as Latin-1");
            return text;
        }
    }

    // Offsets agree between bytes and Latin-1 characters, so the byte index is the text offset.
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? 0 : Math.Min(bytesRead, bytes.Length - 1);
    }
}
