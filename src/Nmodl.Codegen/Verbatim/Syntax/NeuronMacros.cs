namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>
/// Macros that NEURON's generated C defines and VERBATIM code relies on. The thread-argument macros expand
/// to a parameter or argument named `_threadargs_` of an internal type, so that the translator reports them
/// as simulator internals instead of failing on the syntax. `t` and `dt` are macros in NEURON's C, which
/// code tests with `#if defined(t)`; here they expand to themselves and reach the name resolver.
/// </summary>
public static class NeuronMacros
{
    private static readonly (string Name, string Body)[] Definitions =
    [
        ("_threadargscomma_", "_threadargs_,"),
        ("_threadargsprotocomma_", "NrnThreadArgs _threadargs_,"),
        ("_threadargsproto_", "NrnThreadArgs _threadargs_"),
        ("t", "t"),
        ("dt", "dt"),
    ];

    /// <summary>A fresh macro table holding NEURON's predefined macros.</summary>
    public static Dictionary<string, CMacro> Create()
    {
        var origin = new VerbatimOrigin("<NEURON>", 1, 1);
        var macros = new Dictionary<string, CMacro>(StringComparer.Ordinal);
        foreach (var (name, body) in Definitions)
        {
            var tokens = CLexer.Tokenize(body, origin, []).Where(t => t.Kind is not (CTokenKind.EndOfLine or CTokenKind.EndOfFile)).ToList();
            macros[name] = new CMacro(name, null, tokens, origin.At(1, 1));
        }
        return macros;
    }
}
