namespace Nrn.Hoc;

internal enum HocTokenKind { Number, Name, String, Symbol, NewLine, End }

/// <summary>One token of HOC text with its 1-based line and column.</summary>
internal readonly record struct HocToken(HocTokenKind Kind, string Text, double Value, int Line, int Column)
{
    public bool Is(string symbol) => Kind is HocTokenKind.Symbol or HocTokenKind.Name && Text == symbol;

    public string Describe() => Kind switch
    {
        HocTokenKind.NewLine => "end of line",
        HocTokenKind.End => "end of file",
        HocTokenKind.String => $"\"{Text}\"",
        _ => $"'{Text}'",
    };
}
