using System.Globalization;
using System.Text;

namespace Nrn;

public sealed partial class Simulation
{
    /// <summary>The text NEURON's <c>topology()</c> prints: one line per section, children indented
    /// under the node they attach to, one dash per extra segment.</summary>
    public string Topology()
    {
        var text = new StringBuilder("\n");
        foreach (var root in _sections.Where(s => s.Parent is null))
        {
            text.Append('|');
            AppendTopology(text, root, 0, '-');
        }
        return text.Append('\n').ToString();
    }

    private static void AppendTopology(StringBuilder text, Section section, int offset, char first)
    {
        text.Append(' ', offset).Append(first).Append('-', section.Nseg - 1);
        var orientation = (int)section.Orientation;
        text.Append(CultureInfo.InvariantCulture, $"|       {section.Name}({orientation}-{1 - orientation})\n");
        for (var i = section.Children.Count - 1; i >= 0; i--)
        {
            var child = section.Children[i];
            text.Append(' ');
            AppendTopology(text, child, ExactNodeIndex(section, child.ParentX) + offset + 1, '`');
        }
    }

    /// <summary>NEURON's node_index_exact, along the arc: -1 at the attached end, nseg at the far end, else the node.</summary>
    private static int ExactNodeIndex(Section section, double x)
    {
        var arc = section.Arc(x);
        return arc == 0 ? -1 : arc == 1 ? section.Nseg : section.ArcSlot(arc);
    }
}
