using System.Text;
using Nmodl.Codegen.Semantics;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// The VERBATIM C of one mod file inside the mechanism compiler. NEURON pastes every block into one C
/// file, so the file-scope blocks are translated first (their macros, statics and functions are visible
/// to every later block), then each NMODL block's blocks through its <see cref="VerbatimScope"/>.
/// Problems become located compile errors.
/// </summary>
public sealed class ModVerbatim
{
    private readonly VerbatimModule _module;
    private readonly StringBuilder _members = new();

    private ModVerbatim(ModFile file, MechanismSymbols symbols, List<Diagnostic> diagnostics)
    {
        Symbols = symbols;
        Diagnostics = diagnostics;
        _module = new VerbatimModule(file.Span.File, new DefaultNameResolver());
    }

    internal MechanismSymbols Symbols { get; }

    internal List<Diagnostic> Diagnostics { get; }

    internal VerbatimModule Module => _module;

    /// <summary>Translates the file-scope VERBATIM blocks of <paramref name="file"/>, in file order.</summary>
    public static ModVerbatim Create(ModFile file, MechanismSymbols symbols, List<Diagnostic> diagnostics)
    {
        var verbatim = new ModVerbatim(file, symbols, diagnostics);
        foreach (var block in file.AllBlocks().OfType<VerbatimBlock>())
        {
            var translation = verbatim._module.AddFileScope(block.Text, Origin(block.Span));
            verbatim.Report(translation, block.Span);
            verbatim._members.Append(translation.Code);
        }
        return verbatim;
    }

    /// <summary>The C# members of the file-scope blocks and the fields of every static local translated so far.</summary>
    public string Members() => _members + _module.StaticLocalFields();

    /// <summary>The translation context of the VERBATIM blocks of one NMODL block.</summary>
    public VerbatimScope Scope(string blockName, VerbatimHost host) => new(this, blockName, host);

    /// <summary>The C text starts right after the VERBATIM keyword.</summary>
    internal static VerbatimOrigin Origin(SourceSpan span) => new(span.File, span.Line, span.Column + "VERBATIM".Length);

    internal bool Report(VerbatimTranslation translation, SourceSpan block)
    {
        foreach (var d in translation.Diagnostics) Add(d, block, d.IsWarning);
        return translation.Succeeded;
    }

    internal void Error(string code, CLocation at, SourceSpan block, string message) => Add(new VerbatimDiagnostic(code, at, message), block, warning: false);

    /// <summary>FUNCTIONs and PROCEDUREs whose VERBATIM did not translate, compiled to throw when called,
    /// with their diagnostics and the span of the block that failed first.</summary>
    internal Dictionary<string, (IReadOnlyList<VerbatimDiagnostic> Diagnostics, SourceSpan Block)> ScriptOnly { get; } = new(StringComparer.Ordinal);

    /// <summary>Once the mechanism is bound: a FUNCTION or PROCEDURE whose VERBATIM did not translate is an error
    /// when the simulation reaches it (from INITIAL, BREAKPOINT, a SOLVEd block, NET_RECEIVE, BEFORE/AFTER, WATCH),
    /// and a warning when only a script can call it (it then throws <c>UntranslatedCodeException</c>).</summary>
    public void CheckScriptOnly(Ir.MechanismIr mechanism)
    {
        if (ScriptOnly.Count == 0) return;
        var reached = ScriptOnlyCalls.Reachable(mechanism);
        foreach (var (name, (diagnostics, block)) in ScriptOnly)
        {
            var used = reached.Contains(name);
            foreach (var d in diagnostics) Add(d, block, warning: !used);
            if (!used)
                Diagnostics.Add(new Diagnostic(diagnostics[0].Code, DiagnosticSeverity.Warning, block,
                    $"'{name}' is compiled to throw when called: its VERBATIM C does not translate, and nothing in the simulation calls it (only a script can)"));
        }
    }

    private void Add(VerbatimDiagnostic d, SourceSpan block, bool warning) =>
        Diagnostics.Add(new Diagnostic(d.Code, warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
            new SourceSpan(d.Location.File, block.Offset, 0, d.Location.Line, d.Location.Column), d.Message));
}
