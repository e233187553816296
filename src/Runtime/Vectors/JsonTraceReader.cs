using System.Globalization;
using System.Text;

namespace Nrn;

/// <summary>Reads <c>{"name": [numbers], ...}</c>: standard JSON plus the <c>NaN</c>, <c>Infinity</c>
/// and <c>-Infinity</c> that Python's json module writes. Anything else is reported at its line and column.</summary>
internal sealed class JsonTraceReader
{
    private readonly string _text;
    private readonly string _source;
    private int _position;

    private JsonTraceReader(string text, string source)
    {
        _text = text;
        _source = source;
    }

    public static TraceTable Read(string text, string source) => new JsonTraceReader(text, source).ReadTable();

    private TraceTable ReadTable()
    {
        var table = new TraceTable();
        Expect('{', "a JSON object of columns");
        if (!TryTake('}'))
        {
            do
            {
                SkipWhiteSpace();
                var at = _position;
                var name = ReadString();
                if (table.Names.Contains(name)) throw Error(at, $"column \"{name}\" appears twice");
                Expect(':', "':' after a column name");
                table.Add(name, ReadNumbers(name));
            }
            while (TryTake(','));
            Expect('}', "',' or '}'");
        }
        SkipWhiteSpace();
        if (_position < _text.Length) throw Error(_position, $"unexpected '{_text[_position]}' after the end of the object");
        return table;
    }

    private Vector ReadNumbers(string name)
    {
        Expect('[', $"an array of numbers for column \"{name}\"");
        var column = new Vector();
        if (TryTake(']')) return column;
        do column.Append(ReadNumber());
        while (TryTake(','));
        Expect(']', $"',' or ']' in column \"{name}\"");
        return column;
    }

    private double ReadNumber()
    {
        SkipWhiteSpace();
        var start = _position;
        foreach (var (word, value) in NamedNumbers)
        {
            if (string.CompareOrdinal(_text, start, word, 0, word.Length) == 0)
            {
                _position += word.Length;
                return value;
            }
        }
        if (Peek() == '-') _position++;
        if (Peek() == '0') _position++;
        else if (!Digits()) throw Error(start, $"expected a number, found {Found(start)}");
        if (Peek() == '.')
        {
            _position++;
            if (!Digits()) throw Error(_position, $"expected a digit after the decimal point, found {Found(_position)}");
        }
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-') _position++;
            if (!Digits()) throw Error(_position, $"expected the exponent's digits, found {Found(_position)}");
        }
        return double.Parse(_text.AsSpan(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static readonly (string Word, double Value)[] NamedNumbers =
        [("NaN", double.NaN), ("Infinity", double.PositiveInfinity), ("-Infinity", double.NegativeInfinity)];

    private bool Digits()
    {
        var start = _position;
        while (char.IsAsciiDigit(Peek())) _position++;
        return _position > start;
    }

    private string ReadString()
    {
        if (Peek() != '"') throw Error(_position, $"expected a column name in double quotes, found {Found(_position)}");
        var text = new StringBuilder();
        _position++;
        while (true)
        {
            if (_position >= _text.Length) throw Error(_position, "the string is not closed");
            var ch = _text[_position++];
            if (ch == '"') return text.ToString();
            if (ch < 0x20) throw Error(_position - 1, "a control character inside a string must be escaped");
            if (ch != '\\')
            {
                text.Append(ch);
                continue;
            }
            var escape = Peek();
            _position++;
            switch (escape)
            {
                case '"' or '\\' or '/': text.Append(escape); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u' when _position + 4 <= _text.Length
                    && int.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    _position += 4;
                    break;
                default: throw Error(_position - 2, "unknown escape in a string");
            }
        }
    }

    private void Expect(char ch, string what)
    {
        if (!TryTake(ch)) throw Error(_position, $"expected {what}, found {Found(_position)}");
    }

    private bool TryTake(char ch)
    {
        SkipWhiteSpace();
        if (Peek() != ch) return false;
        _position++;
        return true;
    }

    private void SkipWhiteSpace()
    {
        while (Peek() is ' ' or '\t' or '\r' or '\n') _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private string Found(int position) => position >= _text.Length ? "the end of the file" : $"'{_text[position]}'";

    private DataFormatException Error(int position, string problem)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < _text.Length; i++)
        {
            if (_text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new DataFormatException(_source, line, position - lineStart + 1, problem);
    }
}
