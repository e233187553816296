using Nrn.Runtime.Tests.Doubles;

namespace Nrn.Runtime.Tests;

/// <summary>Ion defaults and reversal potentials against NEURON (tests/oracle/cells/make_ions_golden.py).</summary>
public sealed class IonTests
{
    private static readonly System.Text.Json.JsonElement Golden =
        TestSupport.ReadJson(Path.Combine(TestSupport.RepoRoot, "tests", "golden", "cells", "ions.json"));

    [Fact]
    public void NernstMatchesNeuron()
    {
        foreach (var c in Golden.GetProperty("nernst").EnumerateArray())
        {
            var e = c.GetProperty("e").GetDouble();
            var ours = IonSpecies.Nernst(c.GetProperty("ci").GetDouble(), c.GetProperty("co").GetDouble(),
                c.GetProperty("z").GetDouble(), c.GetProperty("celsius").GetDouble());
            Assert.Equal(e, ours, 1e-12 * Math.Abs(e));
        }
    }

    [Fact]
    public void SodiumAndPotassiumDefaultsMatchNeuron()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        foreach (var d in Golden.GetProperty("defaults").EnumerateObject())
            Assert.Equal(d.Value.GetDouble(), soma[0.5][d.Name]);
        sim.Celsius = 20;
        sim.FInitialize(-65);
        Assert.Equal(50, soma[0.5]["ena"]);
    }

    [Fact]
    public void CalciumDefaultsMatchNeuron()
    {
        // NEURON 8.2.2 prints eca 132.4579341637009, cai 5e-05, cao 2.0 for a new section with a
        // mechanism that uses ca (demo cachan1.mod), before finitialize.
        var sim = TestSupport.NewSimulation();
        sim.Register(CalciumProbe.Reader);
        var soma = sim.Section("soma");
        soma.Insert("careader");
        Assert.Equal(132.4579341637009, soma[0.5]["eca"], 1e-12);
        Assert.Equal(5e-5, soma[0.5]["cai"]);
        Assert.Equal(2, soma[0.5]["cao"]);
    }

    [Fact]
    public void ReadConcentrationSetsErevAtInitAndIsKept()
    {
        var sim = TestSupport.NewSimulation();
        sim.Register(CalciumProbe.Reader);
        var soma = sim.Section("soma");
        soma.Insert("careader");
        soma[0.5]["cai"] = 1e-4;
        sim.FInitialize(-65);
        Assert.Equal(1e-4, soma[0.5]["cai"]);
        Assert.Equal(Expected(6.3, 1e-4), soma[0.5]["eca"], 1e-12);
    }

    [Fact]
    public void WrittenConcentrationIsResetAtInitAndErevFollowsEachStep()
    {
        var sim = TestSupport.NewSimulation();
        sim.Register(CalciumProbe.Writer);
        var soma = sim.Section("soma");
        soma.Insert("cawriter");
        soma[0.5]["cai"] = 1e-3;
        sim.FInitialize(-65);
        Assert.Equal(5e-5, soma[0.5]["cai"]);
        Assert.Equal(Expected(6.3, 5e-5), soma[0.5]["eca"], 1e-12);
        sim.FAdvance();
        sim.FAdvance();
        Assert.Equal(2e-4, soma[0.5]["cai"], 1e-18);
        Assert.Equal(Expected(6.3, 1e-4), soma[0.5]["eca"], 1e-12);
    }

    private static double Expected(double celsius, double cai) =>
        Golden.GetProperty("nernst").EnumerateArray()
            .Single(c => c.GetProperty("celsius").GetDouble() == celsius && c.GetProperty("ci").GetDouble() == cai && c.GetProperty("z").GetInt32() == 2)
            .GetProperty("e").GetDouble();
}
