using Nmodl.Parser.Text;

namespace Nmodl.Parser.Diagnostics;

/// <summary>Collects diagnostics in the order they are found; passes add, never throw.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(DiagnosticCode code, SourceSpan span, string message) =>
        _items.Add(new Diagnostic(DiagnosticCodes.Id(code), DiagnosticCodes.SeverityOf(code), span, message));

    /// <summary>Adds a diagnostic of a later layer, whose identifier is not a front-end code.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public IReadOnlyList<Diagnostic> ToList() => _items.ToArray();
}
