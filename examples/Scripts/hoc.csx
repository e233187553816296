// A cell defined in HOC, loaded and shown as in Modeling in Python-NEURON:
//   h.load_file('myneuron.hoc'); h.topology()
//   nrniv run examples/Scripts/hoc.csx [FILE.hoc]
// Without an argument it loads myneuron.hoc beside this script.
var hoc = Args.Count > 0 ? Args[0] : Path.Combine(ScriptDirectory, "myneuron.hoc");
sim.LoadHoc(hoc);                                         // h.load_file('myneuron.hoc')
Console.Write(sim.Topology());                            // h.topology()
