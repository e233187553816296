using System.Text;

namespace Nmodl.Codegen.Backends;

/// <summary>Writes indented C# text: <see cref="Open"/> and <see cref="Close"/> manage braces and indentation.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length == 0) _text.Append('\n');
        else _text.Append(' ', _indent * 4).Append(line).Append('\n');
        return this;
    }

    /// <summary>A preprocessor directive, always in column 0.</summary>
    public CodeWriter Directive(string directive)
    {
        _text.Append(directive).Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (none for a bare nested scope) and an opening brace.</summary>
    public CodeWriter Open(string header)
    {
        if (header.Length > 0) Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string trailer = "")
    {
        _indent--;
        Line("}" + trailer);
        return this;
    }

    public override string ToString() => _text.ToString();
}
