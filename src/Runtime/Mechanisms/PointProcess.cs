using Nrn.Abi;

namespace Nrn;

/// <summary>An instance of a point process (IClamp, ExpSyn, ...) at one location, with by-name
/// access to its range variables. Typed wrappers derive from this class.</summary>
public class PointProcess : MechanismObject
{
    private Segment _location;

    public PointProcess(Simulation simulation, string mechanism, Segment location)
        : base(simulation, mechanism, MechanismKind.PointProcess, "PointProcess")
    {
        CheckLocation(simulation, location);
        Join();
        _location = AtNode(location);
        AddIons();
    }

    /// <summary>Where the point process sits: as in NEURON, at a node, so inside a section this is
    /// the centre of the segment holding the requested location.</summary>
    public Segment Location => _location;

    /// <summary>Moves the point process (NEURON's <c>loc</c>).</summary>
    public void Loc(Segment location)
    {
        CheckLocation(Simulation, location);
        Simulation.StructureChanging();
        _location = AtNode(location);
        AddIons();
    }

    /// <summary>Follows its node when the section's nseg changes, as NEURON moves point processes
    /// with the old node that is kept, or to the new segment holding the old node's centre.</summary>
    internal void NsegChanged(int oldNseg, int newNseg)
    {
        var section = _location.Section;
        var x = _location.X;
        if (x == 0 || x == 1) return;
        var old = (int)(section.Arc(x) * oldNseg);
        int slot;
        if (newNseg > oldNseg) slot = (int)(newNseg * ((old + .5) / oldNseg));
        else
        {
            slot = 0;
            while ((old + .5) / oldNseg > (slot + 1.0) / newNseg) slot++;
        }
        var arc = (slot + .5) / newNseg;
        _location = new Segment(section, section.Reversed ? 1 - arc : arc);
    }

    private static Segment AtNode(Segment location) =>
        location.X is 0 or 1 ? location : new Segment(location.Section, location.Section.CentreX(location.Index));

    private void AddIons()
    {
        foreach (var use in Type.Descriptor.Ions) _location.Section.EnsureIon(use.Ion, use.Valence);
    }

    private static void CheckLocation(Simulation simulation, Segment location)
    {
        ArgumentNullException.ThrowIfNull(location);
        location.Section.CheckNotDeleted();
        if (location.Section.Simulation != simulation)
            throw new ArgumentException($"PointProcess: {location} belongs to another simulation", nameof(location));
    }
}
