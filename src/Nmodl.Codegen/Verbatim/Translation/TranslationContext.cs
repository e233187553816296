using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>What the C of one mod file declares at file scope, shared by all its VERBATIM blocks.</summary>
internal sealed class ModuleSymbols
{
    public Scope Globals { get; } = new(null);

    public Dictionary<string, FunctionSymbol> Functions { get; } = new(StringComparer.Ordinal);

    /// <summary>Fields that hold the static locals of functions (C# has no static locals).</summary>
    public List<(CLocation Location, string Declaration)> HoistedFields { get; } = [];

    public Dictionary<string, CMacro> Macros { get; } = NeuronMacros.Create();

    /// <summary>File-scope functions left out because their C does not translate, with the first reason.</summary>
    public Dictionary<string, VerbatimDiagnostic> Untranslated { get; } = new(StringComparer.Ordinal);

    /// <summary>Names declared by typedefs and structures (parsed as type names in the blocks that follow).</summary>
    public CTypeNames TypeNames { get; } = new();

    /// <summary>The structures defined at file scope, by name.</summary>
    public Dictionary<string, StructSymbol> Structs { get; } = new(StringComparer.Ordinal);
}

/// <summary>The state of translating one VERBATIM block: where it is, what it may refer to, what went wrong.</summary>
internal sealed class TranslationContext(VerbatimOrigin origin, ModuleSymbols module, IVerbatimNameResolver resolver, List<VerbatimDiagnostic> diagnostics)
{
    /// <summary>The namespace of the helpers translated code calls (printf, hoc_execerror).</summary>
    public const string Runtime = "global::Nrn.CLib";

    public VerbatimOrigin Origin { get; } = origin;

    public ModuleSymbols Module { get; } = module;

    public IVerbatimNameResolver Resolver { get; } = resolver;

    public List<VerbatimDiagnostic> Diagnostics { get; } = diagnostics;

    public CLocation Locate(CToken token) => Origin.At(token.Line, token.Column);

    public void Report(string code, CToken token, string message) =>
        Diagnostics.Add(new VerbatimDiagnostic(code, Locate(token), message));
}
