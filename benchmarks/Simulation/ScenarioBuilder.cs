using Nrn;

namespace WholeSimulation;

/// <summary>Builds a scenario of models.json with the runtime's API, as bench_neuron.py builds it in
/// NEURON: the same sections, parameters, connections, one IClamp per cell, the probe on cell 0.</summary>
public static class ScenarioBuilder
{
    public static (Simulation Simulation, DataReference Probe, int Compartments) Build(BenchModels models, Scenario scenario, int cells, IEnumerable<Nrn.Abi.MechanismDescriptor> mechanisms)
    {
        var sim = new Simulation(new MechanismRegistry());
        foreach (var descriptor in mechanisms) sim.Register(descriptor);
        sim.Dt = models.Common.Dt_ms;
        sim.Celsius = models.Common.Celsius;
        if (models.Common.Secondorder != 0)
            throw new BenchmarkException($"models.json: secondorder = {models.Common.Secondorder} is not supported by the runtime (only 0)");
        DataReference? probe = null;
        var compartments = 0;
        for (var k = 0; k < cells; k++)
        {
            var cell = scenario.Cell.ToDictionary(name => name, name => MakeSection(sim, $"{name}_{k}", models.Sections[name]));
            foreach (var c in scenario.Connections)
                cell[c.Child].Connect(cell[c.Parent][c.Parent_x], c.Child_x);
            var ic = scenario.Iclamp;
            var stim = sim.PointProcess("IClamp", cell[ic.Section][ic.X]);
            stim["del"] = ic.Delay;
            stim["dur"] = ic.Dur;
            stim["amp"] = ic.Amp;
            compartments += cell.Values.Sum(s => s.Nseg);
            probe ??= cell[scenario.Probe.Section][scenario.Probe.X].Ref("v");
        }
        return (sim, probe ?? throw new BenchmarkException("a scenario needs at least one cell"), compartments);
    }

    private static Section MakeSection(Simulation sim, string name, SectionSpec spec)
    {
        var section = sim.Section(name);
        section.Nseg = spec.Nseg;
        section.L = spec.L;
        section.Diam = spec.Diam;
        section.Ra = spec.Ra;
        section.Cm = spec.Cm;
        foreach (var (mechanism, parameters) in spec.Mechanisms)
        {
            section.Insert(mechanism);
            foreach (var segment in section.Segments())
                foreach (var (parameter, value) in parameters)
                    segment.Mech(mechanism)[parameter] = value;
        }
        return section;
    }
}
