namespace Nrn;

public sealed partial class Section
{
    private readonly List<Section> _children = [];

    /// <summary>The section this one's 0 end is attached to, or null for a root.</summary>
    public Section? Parent { get; private set; }

    /// <summary>Where on <see cref="Parent"/> this section is attached.</summary>
    public double ParentX { get; private set; }

    /// <summary>The parent location as a segment, or null for a root (NEURON's <c>parentseg()</c>).</summary>
    public Segment? ParentSegment => Parent is null ? null : new Segment(Parent, ParentX);

    /// <summary>Children ordered as NEURON keeps them: by increasing attachment position, the most
    /// recently connected first among equal positions.</summary>
    public IReadOnlyList<Section> Children => _children;

    /// <summary>Which end of the section is attached to its parent (NEURON's <c>orientation()</c>).</summary>
    public double Orientation => Reversed ? 1 : 0;

    /// <summary>True when the 1 end is the attached one: positions run against the arc.</summary>
    internal bool Reversed { get; private set; }

    /// <summary>The root of this section's tree.</summary>
    public Section Root
    {
        get
        {
            var s = this;
            while (s.Parent is not null) s = s.Parent;
            return s;
        }
    }

    /// <summary>Attaches this section's <paramref name="childEnd"/> end to <paramref name="parent"/> at
    /// <paramref name="parentX"/> (NEURON's <c>child.connect(parent(parentX), childEnd)</c>).</summary>
    public Section Connect(Section parent, double parentX = 1, double childEnd = 0)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.Simulation != Simulation)
            throw new ArgumentException($"{Name}: cannot connect to {parent.Name}, which belongs to another simulation", nameof(parent));
        parent.CheckNotDeleted();
        parent.CheckX(parentX);
        if (childEnd != 0 && childEnd != 1)
            throw new ArgumentOutOfRangeException(nameof(childEnd), childEnd, $"{Name}: the connected end must be 0 or 1, got {Fmt(childEnd)}");
        if (childEnd == 1 && _points.Count > 0)
            throw new NotSupportedException($"{Name}: attaching the 1 end of a section with 3-d points is not supported");
        for (var s = parent; s is not null; s = s.Parent)
            if (s == this)
                throw new ArgumentException($"{Name}: cannot connect to {parent.Name}({Fmt(parentX)}) because {parent.Name} is in the subtree of {Name}", nameof(parent));
        Changing();
        Parent?._children.Remove(this);
        Parent = parent;
        ParentX = parentX;
        Reversed = childEnd == 1;
        var at = 0;
        while (at < parent._children.Count && parent.Arc(parent._children[at].ParentX) < parent.Arc(parentX)) at++;
        parent._children.Insert(at, this);
        return this;
    }

    /// <summary>Connects using a segment: <c>child.Connect(parent[1])</c>.</summary>
    public Section Connect(Segment parentLocation, double childEnd = 0) =>
        Connect(parentLocation.Section, parentLocation.X, childEnd);

    /// <summary>Detaches this section (and its subtree) from its parent.</summary>
    public void Disconnect()
    {
        if (Parent is null) return;
        Changing();
        Parent._children.Remove(this);
        Parent = null;
        ParentX = 0;
        Reversed = false;
    }

    /// <summary>This section and everything attached below it, parents before children.</summary>
    public IEnumerable<Section> Subtree()
    {
        yield return this;
        foreach (var child in _children)
            foreach (var s in child.Subtree())
                yield return s;
    }

    /// <summary>Every section of this section's tree.</summary>
    public IEnumerable<Section> WholeTree() => Root.Subtree();
}
