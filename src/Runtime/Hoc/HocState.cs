namespace Nrn.Hoc;

/// <summary>What HOC remembers between files loaded into one simulation (NEURON's one hoc
/// interpreter per process): section names, variables, the accessed section.</summary>
internal sealed class HocState
{
    /// <summary>Sections by their HOC name; a scalar section is an array of one without brackets.</summary>
    public Dictionary<string, (Section[] Sections, bool IsArray)> Sections { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>The section of <c>access</c>, else the first one created (as in NEURON).</summary>
    public Section? Accessed { get; set; }
}
