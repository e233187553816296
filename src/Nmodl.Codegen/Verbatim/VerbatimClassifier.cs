using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// Recognises the trivial VERBATIM blocks with the meaning NEURON gives them, and tells translatable code
/// from code that uses constructs the translator does not support (by translating it in a scratch module).
/// </summary>
public static class VerbatimClassifier
{
    /// <summary>Classifies a block; <paramref name="block"/> is null for a block at file scope.</summary>
    public static VerbatimClassification Classify(string text, VerbatimOrigin origin, VerbatimBlockContext? block, IVerbatimNameResolver resolver)
    {
        var scratch = new List<VerbatimDiagnostic>();
        var tokens = CPreprocessor.Run(CLexer.Tokenize(text, origin, scratch), NeuronMacros.Create(), origin, scratch);
        if (scratch.Count == 0 && tokens.Count == 1)
        {
            return new VerbatimClassification(VerbatimBlockKind.Empty, "no code: only comments or preprocessor lines", []);
        }
        var module = new VerbatimModule(origin.File, resolver);
        var translation = block is null
            ? module.AddFileScope(text, origin)
            : module.TranslateStatements(text, origin, block with { Locals = new VerbatimLocals() });
        if (!translation.Succeeded)
        {
            return new VerbatimClassification(VerbatimBlockKind.Unsupported, "C the translator does not support", translation.Diagnostics);
        }
        var statements = block is null
            ? CParser.ParseFile(tokens, origin, scratch).Items
            : CParser.ParseStatements(tokens, origin, scratch);
        return Trivial(statements, block) ?? new VerbatimClassification(VerbatimBlockKind.Code, "C code translated to C#", []);
    }

    private static VerbatimClassification? Trivial(IReadOnlyList<CStatement> statements, VerbatimBlockContext? block)
    {
        if (statements.All(s => s is CDeclarationStatement or CEmptyStatement || s is CFunctionDefinition { Function.Body: null }))
        {
            return new VerbatimClassification(VerbatimBlockKind.Declarations, "declarations only: names for other blocks to use", []);
        }
        if (statements.Count != 1 || block is null)
        {
            return null;
        }
        return statements[0] switch
        {
            CReturn { Value: CIntegerLiteral { Value: 0 } } => new VerbatimClassification(VerbatimBlockKind.ReturnZero,
                block.ReturnType.Scalar == CScalar.Double
                    ? $"leaves {block.Name} at once with the value 0"
                    : $"leaves {block.Name} at once (NEURON's C returns 0, meaning success)", []),
            CReturn { Value: null } => new VerbatimClassification(VerbatimBlockKind.Return, $"leaves {block.Name} at once", []),
            CBreak => new VerbatimClassification(VerbatimBlockKind.Break, $"leaves the innermost loop or switch around it in {block.Name}", []),
            _ => null,
        };
    }
}
