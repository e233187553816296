using System.Text;

namespace Nrn;

/// <summary>NEURON's <c>vec.printf</c>, returning the text instead of printing it.</summary>
public sealed partial class Vector
{
    private static readonly CFormat DefaultPrintfFormat = CFormat.Parse("%g\t");

    /// <summary>The default form: each element as <c>%g</c> and a tab, a line break after every fifth
    /// element and one at the end (so <c>Vector.Range(0, 5).Printf()</c> is "0\t1\t2\t3\t4\t\n\n").</summary>
    public string Printf()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _count; i++)
        {
            DefaultPrintfFormat.Append(text, _items[i]);
            if (i % 5 == 4) text.Append('\n');
        }
        return text.Append('\n').ToString();
    }

    /// <summary>Every element through the C format <paramref name="format"/> (e.g. <c>"%5.2f,"</c>), nothing added.</summary>
    public string Printf(string format) => Printf(format, 0, _count - 1);

    /// <summary>Elements <paramref name="start"/> to <paramref name="end"/> (inclusive) through <paramref name="format"/>.</summary>
    public string Printf(string format, int start, int end)
    {
        var parsed = CFormat.Parse(format);
        if (_count > 0 || start != 0 || end != -1)
        {
            if ((uint)start >= (uint)_count || end < start || end >= _count)
                throw new ArgumentOutOfRangeException(nameof(start), start,
                    $"Vector.Printf: elements {start}..{end} are not within 0..{_count - 1}");
        }
        var text = new StringBuilder();
        for (var i = start; i <= end; i++) parsed.Append(text, _items[i]);
        return text.ToString();
    }
}
