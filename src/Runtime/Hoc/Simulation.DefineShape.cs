namespace Nrn;

public sealed partial class Simulation
{
    /// <summary>NEURON's <c>define_shape()</c>: every section without 3-d points gets a straight
    /// line of them (its 0 end, each segment's centre, its 1 end, with the segments' diameters), laid
    /// out as NEURON lays them out: a root along x at z = 100 x its place among the roots, a
    /// child from its attachment point in its parent's direction (reversed when attached nearer
    /// the parent's 0 end), turned 90 degrees when attached inside the parent, siblings at one point
    /// fanned over 0.8 rad. Sections that have points are moved to their attachment point.
    /// Coordinates are single precision as in NEURON, so areas from the new points agree to the bit.</summary>
    public void DefineShape()
    {
        var order = SectionOrder();
        for (var i = 0; i < order.Count; i++) order[i].DefineShape(i);
    }

    /// <summary>NEURON's secorder: the roots in creation order, then their trees breadth first.</summary>
    private List<Section> SectionOrder()
    {
        var order = _sections.Where(s => s.Parent is null).ToList();
        for (var k = 0; k < order.Count; k++) order.AddRange(order[k].Children);
        return order;
    }
}
