using System.Text;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>An indenting text writer that puts a #line directive before each line whose mod-file line changed.</summary>
internal sealed class CodeWriter(string modFile)
{
    private readonly StringBuilder _text = new();
    private int _indent;
    private int _pendingLine;
    private int _emittedLine;

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    /// <summary>The mod-file line of the lines written next.</summary>
    public void MapTo(int modLine) => _pendingLine = modLine;

    public void Line(string text)
    {
        if (_pendingLine != 0 && _pendingLine != _emittedLine)
        {
            _text.Append("#line ").Append(_pendingLine).Append(" \"").Append(modFile.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"\n");
            _emittedLine = _pendingLine;
        }
        _text.Append(' ', 4 * _indent).Append(text).Append('\n');
    }

    public void OpenBrace()
    {
        Line("{");
        Indent();
    }

    public void CloseBrace(string after = "")
    {
        Outdent();
        Line("}" + after);
    }

    /// <summary>The text written, ending the mapping so that the code that follows is not attributed to the mod file.</summary>
    public string Finish()
    {
        if (_emittedLine != 0)
        {
            _text.Append("#line default\n");
            _emittedLine = 0;
        }
        return _text.ToString();
    }
}
