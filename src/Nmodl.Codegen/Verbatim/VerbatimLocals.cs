using Nmodl.Codegen.Verbatim.Translation;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// The C locals declared by the VERBATIM blocks of one NMODL block. NEURON pastes those blocks into one C
/// function, so a variable declared in one block is visible in the next; pass the same instance in the
/// <see cref="VerbatimBlockContext"/> of each block of that NMODL block to keep that visibility.
/// </summary>
public sealed class VerbatimLocals
{
    internal Scope? Scope { get; set; }

    internal HashSet<string> Names { get; } = new(StringComparer.Ordinal);
}
