using Nrn;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>VERBATIM blocks compiled into mechanisms and run in one compartment give NEURON's
/// numbers step by step (golden columns from NEURON 8.2.2, tests/oracle/verbatim/make_golden.py).</summary>
public sealed class VerbatimMechanismTests
{
    [Fact]
    public void Density_mechanism_with_VERBATIM_in_every_kind_of_block_matches_NEURON_at_every_step()
    {
        var expected = VerbatimGolden.Columns("vbdensity");
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbdensity"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam, soma.Nseg) = (20, 20, 2);
        soma.Insert("vbdensity");
        var columns = expected.Keys.ToDictionary(k => k, _ => new List<double>());
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        Sample();
        for (var step = 0; step < 200; step++)
        {
            sim.FAdvance();
            Sample();
        }
        foreach (var (name, values) in expected)
            for (var k = 0; k < values.Length; k++)
                Assert.True(Close(values[k], columns[name][k]), $"{name} after step {k}: NEURON {values[k]:R}, ours {columns[name][k]:R}");

        void Sample()
        {
            foreach (var name in expected.Keys)
            {
                var variable = name[..name.IndexOf('(')];
                var segment = soma[double.Parse(name[(name.IndexOf('(') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
                columns[name].Add(variable == "v" ? segment.V : segment[variable + "_vbdensity"]);
            }
        }
    }

    [Fact]
    public void Point_process_with_VERBATIM_in_NET_RECEIVE_counts_events_and_self_events_like_NEURON()
    {
        var expected = VerbatimGolden.Columns("vbpoint");
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbpoint"), Path.Combine(Support.Paths.RepositoryRoot, "mod", "NetStim.mod"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam, soma.Nseg) = (20, 20, 2);
        var pp = sim.PointProcess("vbpoint", soma[0.5]);
        foreach (var (start, interval, number, weight) in new[] { (1.0, 2.0, 3.0, 0.7), (1.5, 2.0, 2.0, 0.2) })
        {
            var ns = sim.ArtificialCell("NetStim");
            (ns["start"], ns["interval"], ns["number"], ns["noise"]) = (start, interval, number, 0);
            var nc = new NetCon(ns, pp) { Delay = 1 };
            nc.Weight[0] = weight;
        }
        var columns = expected.Keys.ToDictionary(k => k, _ => new List<double>());
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        Sample();
        for (var step = 0; step < 400; step++)
        {
            sim.FAdvance();
            Sample();
        }
        foreach (var (name, values) in expected)
            Assert.Equal(values, columns[name]);

        void Sample()
        {
            foreach (var name in expected.Keys) columns[name].Add(pp[name]);
        }
    }

    [Fact]
    public void SOLVE_of_a_PROCEDURE_ending_in_VERBATIM_return_0_is_called_once_per_step_as_in_NEURON()
    {
        var expected = VerbatimGolden.Columns("vbsolve");
        var sim = VerbatimGolden.SimulationWith(VerbatimGolden.ModPath("vbsolve"));
        var soma = sim.Section("soma");
        (soma.L, soma.Diam) = (20, 20);
        soma.Insert("vbsolve");
        var columns = expected.Keys.ToDictionary(k => k, _ => new List<double>());
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        Sample();
        for (var step = 0; step < 200; step++)
        {
            sim.FAdvance();
            Sample();
        }
        foreach (var (name, values) in expected)
            for (var k = 0; k < values.Length; k++)
                Assert.True(Close(values[k], columns[name][k]), $"{name} after step {k}: NEURON {values[k]:R}, ours {columns[name][k]:R}");

        void Sample()
        {
            columns["v"].Add(soma[0.5].V);
            columns["m"].Add(soma[0.5]["m_vbsolve"]);
            columns["calls"].Add(soma[0.5]["calls_vbsolve"]);
        }
    }

    // Voltages and the state go through exp and the cable solve: NEURON's libm and .NET may differ in the last bit.
    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected));
}
