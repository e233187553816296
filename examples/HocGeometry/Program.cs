// "Modeling in Python-NEURON" (M. Hines, Erice 2015) in C#: a cell defined in HOC (myneuron.hoc),
// loaded and shown as NEURON shows it.
//   dotnet run --project examples/HocGeometry [-- --hoc FILE]
using System.Globalization;
using Examples;
using Nrn;

if (ExampleArguments.Parse(args, "HocGeometry", "--hoc") is not { } options) return 2;
var path = options["--hoc"] ?? Path.Combine(AppContext.BaseDirectory, "myneuron.hoc");

var sim = new Simulation();
try
{
    sim.LoadHoc(path);                                  // h.load_file('myneuron.hoc')
}
catch (Exception e) when (e is HocException or FileNotFoundException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
Console.Write(sim.Topology());                          // h.topology()
foreach (var section in sim.AllSec)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{section.Name}: L = {PythonText.Float(section.L)} um, diam = {PythonText.Float(section[0.5].Diam)} um, nseg = {section.Nseg}, area = {PythonText.Float(section.Segments().Sum(s => s.Area))} um2"));
return 0;
