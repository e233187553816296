namespace Nrn;

public sealed partial class Section
{
    /// <summary>NEURON's <c>psection()</c>.</summary>
    public SectionInfo PSection()
    {
        var segments = Segments().ToArray();
        var density = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<double>>>();
        foreach (var data in _density)
        {
            var vars = new Dictionary<string, IReadOnlyList<double>>();
            foreach (var r in data.Type.Descriptor.Range)
                for (var k = 0; k < r.Length; k++)
                {
                    var key = r.Length == 1 ? r.Name : $"{r.Name}[{k}]";
                    var index = k;
                    vars[key] = [.. segments.Select(s => s.Mech(data.Type.Name)[r.Name, index])];
                }
            density[data.Type.Name] = vars;
        }
        var ions = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<double>>>();
        foreach (var ion in _ions)
        {
            var vars = new Dictionary<string, IReadOnlyList<double>>();
            for (var f = 0; f < IonData.FieldCount; f++)
            {
                var field = (Abi.IonField)f;
                vars[ion.Species.FieldName(field)] = [.. segments.Select(s => s.IonValue(ion, field))];
            }
            ions[ion.Species.Name] = vars;
        }
        var points = Simulation.PointProcessNamesIn(this);
        var morphology = new SectionMorphology(L, [.. segments.Select(s => s.Diam)], [.. _points], ParentText(), TrueParentText());
        return new SectionInfo(Name, Cell, _nseg, _ra, [.. segments.Select(s => s.Cm)], morphology, density, ions, points, [], []);
    }

    private string? ParentText() => Parent is null ? null : $"{Parent.Name}({Fmt(ParentX)})";

    /// <summary>NEURON's trueparentseg: the parent location, looking through attachments at 0 ends;
    /// null when that leads to the root's 0 end.</summary>
    private string? TrueParentText()
    {
        if (Parent is null) return null;
        var (s, x) = (Parent, ParentX);
        while (s.Arc(x) == 0)
        {
            if (s.Parent is null) return null;
            (s, x) = (s.Parent, s.ParentX);
        }
        return $"{s.Name}({Fmt(x)})";
    }
}
