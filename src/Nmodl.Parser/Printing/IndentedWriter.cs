using System.Text;

namespace Nmodl.Parser.Printing;

/// <summary>Writes lines of text at the current indentation (four spaces a level).</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder = new();
    private bool _atLineStart = true;

    public int Indent { get; set; }

    public IndentedWriter Write(string text)
    {
        if (_atLineStart && text.Length > 0)
        {
            _builder.Append(' ', 4 * Indent);
            _atLineStart = false;
        }
        _builder.Append(text);
        return this;
    }

    /// <summary>Writes text exactly as given, newlines included, with no indentation added.</summary>
    public IndentedWriter WriteRaw(string text)
    {
        _builder.Append(text);
        _atLineStart = text.Length > 0 ? text[^1] == '\n' : _atLineStart;
        return this;
    }

    public IndentedWriter Line(string text = "")
    {
        Write(text);
        _builder.Append('\n');
        _atLineStart = true;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
