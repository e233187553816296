using Nrn;
using Nrn.Abi;

namespace Nrniv.Trace;

/// <summary>The columns the NEURON trace script records, found from our metadata: every STATE,
/// then (unless left out) every range ASSIGNED of the mechanism, arrays expanded as
/// <c>name[i]</c>; and for the soma, every ion present (sorted by name) as <c>&lt;ion&gt;i</c>,
/// <c>&lt;ion&gt;o</c>, <c>e&lt;ion&gt;</c>, <c>i&lt;ion&gt;</c>.</summary>
public static class TraceColumns
{
    /// <summary>The range variables recorded for a mechanism, STATEs first, in declaration order.</summary>
    public static IReadOnlyList<RangeVariable> Recorded(MechanismDescriptor descriptor, bool withAssigned) =>
    [
        .. descriptor.Range.Where(r => r.Kind == VariableKind.State),
        .. withAssigned ? descriptor.Range.Where(r => r.Kind == VariableKind.Assigned) : [],
    ];

    /// <summary>Columns of a density mechanism at <paramref name="segment"/> (NEURON's <c>seg._ref_m_hh</c>).</summary>
    public static IEnumerable<TraceColumn> OfDensity(Segment segment, MechanismDescriptor descriptor, bool withAssigned)
    {
        var access = segment.Mech(descriptor.Name);
        foreach (var r in Recorded(descriptor, withAssigned))
        {
            if (r.Length == 1)
            {
                yield return new TraceColumn(r.Name, segment.Ref($"{r.Name}_{descriptor.Name}"));
                continue;
            }
            for (var k = 0; k < r.Length; k++) yield return new TraceColumn($"{r.Name}[{k}]", access.Ref(r.Name, k));
        }
    }

    /// <summary>Columns of a point process or artificial cell (NEURON's <c>pp._ref_g</c>).</summary>
    public static IEnumerable<TraceColumn> OfObject(MechanismObject item, bool withAssigned)
    {
        foreach (var r in Recorded(item.Type.Descriptor, withAssigned))
        {
            if (r.Length == 1)
            {
                yield return new TraceColumn(r.Name, item.Ref(r.Name));
                continue;
            }
            for (var k = 0; k < r.Length; k++) yield return new TraceColumn($"{r.Name}[{k}]", item.Ref(r.Name, k));
        }
    }

    /// <summary>The ions present in <paramref name="segment"/>'s section, sorted by name.</summary>
    public static IReadOnlyList<string> Ions(Segment segment) =>
        [.. segment.Section.PSection().Ions.Keys.Order(StringComparer.Ordinal)];

    public static IEnumerable<TraceColumn> OfIons(Segment segment)
    {
        foreach (var ion in Ions(segment))
            foreach (var name in new[] { ion + "i", ion + "o", "e" + ion, "i" + ion })
                yield return new TraceColumn(name, segment.Ref(name));
    }
}
