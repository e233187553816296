// The seven-section tree of Modeling in Python-NEURON, built with helper functions as the
// tutorial's second version does, then path distances from the soma's centre and the topology
// after giving apic1 five segments.
//   nrniv run examples/Scripts/tree.csx
Section[] Sections(params string[] names) => [.. names.Select(sim.Section)];

void Connect(Dictionary<Section, Section[]> connections)
{
    foreach (var (parent, children) in connections)
        foreach (var child in children) child.Connect(parent);
}

var all = Sections("soma", "proxApical", "apic1", "apic2", "proxBasal", "distBasal1", "distBasal2");
var (soma, papic, apic1, apic2, pb, db1, db2) = (all[0], all[1], all[2], all[3], all[4], all[5], all[6]);

Connect(new()
{
    [soma] = [papic],
    [papic] = [apic1, apic2],
    [pb] = [db1, db2],
});
pb.Connect(soma[0]);                                      // pb.connect(soma(0))

Console.Write(sim.Topology());                            // h.topology()

// h.distance(0, 0.5, sec=soma); h.distance(1, sec=apic) for every section
foreach (var section in all)
    Console.WriteLine($"distance from soma(0.5) to {section.Name}(1): {sim.Distance(soma[0.5], section[1])} um");

apic1.Nseg = 5;
apic1.L = 200 * um;
Console.Write(sim.Topology());
