namespace Nmodl.Parser.Text;

/// <summary>
/// The decoded text of one source file plus the table of line starts that turns offsets into
/// line and column numbers.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path the file was read from, as given by the caller (used in messages).</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>A span for <paramref name="length"/> characters starting at <paramref name="offset"/>.</summary>
    public SourceSpan Span(int offset, int length)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = LineIndexOf(offset);
        return new SourceSpan(Path, offset, Math.Max(0, length), line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of 1-based line <paramref name="line"/> without its line terminator.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return "";
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text[start..end];
    }

    private int LineIndexOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    // CRLF, lone CR (old Mac files) and LF all end a line, as in NEURON's lexer.
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
