namespace Nrn;

public sealed partial class Simulation
{
    /// <summary>Path length in um along the tree between the nodes of two locations (NEURON's
    /// <c>h.distance(origin, seg)</c>: a location inside a segment counts as the segment's centre).</summary>
    public double Distance(Segment origin, Segment location)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(location);
        if (origin.Section.Root != location.Section.Root)
            throw new ArgumentException($"Distance: {origin} and {location} are in different trees (no path between them)");
        var up = PathToRoot(origin.Section, NodePosition(origin));
        var (section, position) = (location.Section, NodePosition(location));
        var climbed = 0.0;
        while (true)
        {
            if (up.TryGetValue(section, out var other))
                return other.Climbed + climbed + Math.Abs(other.Position - position) * section.L;
            climbed += position * section.L;
            position = section.ParentX;
            section = section.Parent!;
        }
    }

    private static Dictionary<Section, (double Position, double Climbed)> PathToRoot(Section section, double position)
    {
        var path = new Dictionary<Section, (double, double)>();
        var climbed = 0.0;
        for (Section? s = section; s is not null; s = s.Parent)
        {
            path[s] = (position, climbed);
            climbed += position * s.L;
            position = s.ParentX;
        }
        return path;
    }

    private static double NodePosition(Segment segment) =>
        segment.X is 0 or 1 ? segment.X : (segment.Index + 0.5) / segment.Section.Nseg;
}
