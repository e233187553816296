namespace Nrn;

public sealed partial class Simulation
{
    /// <summary>Path length in um along the tree between the nodes of two locations (NEURON's
    /// <c>h.distance(origin, seg)</c>): every location, attachment points included, counts as the
    /// position of its node, so a place inside a segment counts as the segment's centre.</summary>
    public double Distance(Segment origin, Segment location)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(location);
        if (origin.Section.Root != location.Section.Root)
            throw new ArgumentException($"Distance: {origin} and {location} are in different trees (no path between them)");
        var up = PathToRoot(origin.Section, NodeArc(origin.Section, origin.X));
        var (section, arc) = (location.Section, NodeArc(location.Section, location.X));
        var climbed = 0.0;
        while (true)
        {
            if (up.TryGetValue(section, out var other))
                return other.Climbed + climbed + Math.Abs(other.Arc - arc) * section.L;
            climbed += arc * section.L;
            arc = NodeArc(section.Parent!, section.ParentX);
            section = section.Parent!;
        }
    }

    private static Dictionary<Section, (double Arc, double Climbed)> PathToRoot(Section section, double arc)
    {
        var path = new Dictionary<Section, (double, double)>();
        var climbed = 0.0;
        for (Section? s = section; s is not null; s = s.Parent)
        {
            path[s] = (arc, climbed);
            climbed += arc * s.L;
            if (s.Parent is not null) arc = NodeArc(s.Parent, s.ParentX);
        }
        return path;
    }

    /// <summary>Arc position of the node at x: the ends exactly, otherwise the segment's centre.</summary>
    private static double NodeArc(Section section, double x)
    {
        var arc = section.Arc(x);
        return arc is 0 or 1 ? arc : (section.ArcSlot(arc) + 0.5) / section.Nseg;
    }
}
