// "Modeling in Python-NEURON" (M. Hines, Erice 2015) in C#: a seven-section tree, its topology,
// path distances from the centre of the soma, and the topology again after apic1.nseg = 5.
//   dotnet run --project examples/Tree
using Examples;
using Nrn;

if (ExampleArguments.Parse(args, "Tree") is null) return 2;

var sim = new Simulation();
var soma = sim.Section("soma");                 // soma = h.Section(name='soma')
var papic = sim.Section("proxApical");          // papic = h.Section(name='proxApical')
var apic1 = sim.Section("apic1");
var apic2 = sim.Section("apic2");
var pb = sim.Section("proxBasal");
var db1 = sim.Section("distBasal1");
var db2 = sim.Section("distBasal2");

papic.Connect(soma);                            // papic.connect(soma)
pb.Connect(soma[0]);                            // pb.connect(soma(0))
apic1.Connect(papic);
apic2.Connect(papic);
db1.Connect(pb);
db2.Connect(pb);

Console.Write(sim.Topology());                  // h.topology()

// h.distance(0, 0.5, sec=soma); h.distance(1, sec=apic) for each section
foreach (var section in sim.AllSec)
    Console.WriteLine($"distance from soma(0.5) to {section.Name}(1): {PythonText.Float(sim.Distance(soma[0.5], section[1]))}");

apic1.Nseg = 5;                                 // apic1.nseg = 5
apic1.L = 200;
Console.Write(sim.Topology());
return 0;
