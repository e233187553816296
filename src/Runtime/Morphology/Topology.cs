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

    /// <summary>NEURON's node_index_exact: -1 at the 0 end, nseg at the 1 end, else the segment.</summary>
    private static int ExactNodeIndex(Section section, double x) =>
        x == 0 ? -1 : x == 1 ? section.Nseg : section.SegmentIndex(x);
}
