namespace Nmodl.Codegen.Verbatim;

/// <summary>What a VERBATIM block amounts to, judged by its C.</summary>
public enum VerbatimBlockKind
{
    /// <summary>Only comments, whitespace or preprocessor lines: nothing runs.</summary>
    Empty,

    /// <summary>Only declarations (variables, prototypes) for other blocks to use.</summary>
    Declarations,

    /// <summary>Exactly `return 0;`.</summary>
    ReturnZero,

    /// <summary>Exactly `return;`.</summary>
    Return,

    /// <summary>Exactly `break;`.</summary>
    Break,

    /// <summary>Other C that the translator turns into C#.</summary>
    Code,

    /// <summary>C with constructs the translator reports (see the diagnostics).</summary>
    Unsupported,
}

/// <summary>The kind of a block, what it means in NEURON's generated C, and what stops its translation.</summary>
public sealed record VerbatimClassification(VerbatimBlockKind Kind, string Meaning, IReadOnlyList<VerbatimDiagnostic> Diagnostics);
