using System.Globalization;

namespace Nrn.Runtime.Tests.Events;

internal static class EventTestSupport
{
    /// <summary>A simulation with the built-ins of mod/ as the build compiles them (Nrn.Builtins),
    /// registered in NEURON's type order as NEURON has them.</summary>
    public static Simulation NewSimulation() => new();

    /// <summary>One compartment as the builtins protocols make it: L = diam = 20 um, Ra = 100, hh.</summary>
    public static Section HhSoma(Simulation sim, string name = "soma")
    {
        var soma = sim.Section(name);
        soma.L = 20;
        soma.Diam = 20;
        soma.Ra = 100;
        soma.Cm = 1;
        soma.Insert("hh");
        return soma;
    }

    public static ArtificialCell NetStim(Simulation sim, double start, double interval, double number, double noise = 0)
    {
        var ns = sim.ArtificialCell("NetStim");
        ns["start"] = start;
        ns["interval"] = interval;
        ns["number"] = number;
        ns["noise"] = noise;
        return ns;
    }

    public static NetCon Connect(MechanismObject? source, MechanismObject? target, double weight, double delay)
    {
        var nc = new NetCon(source, target) { Delay = delay };
        nc.Weight[0] = weight;
        return nc;
    }

    public static string Golden(params string[] parts) => Path.Combine([TestSupport.RepoRoot, "tests", "golden", .. parts]);

    /// <summary>Columns of a golden CSV by header name.</summary>
    public static Dictionary<string, double[]> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        return header.Select((name, c) => (name, c))
            .ToDictionary(x => x.name, x => rows.Select(r => double.Parse(r[x.c], CultureInfo.InvariantCulture)).ToArray());
    }

    /// <summary>finitialize, then fadvance to tstop, sampling every 0.1 ms with
    /// <c>Vector.Record(ref, 0.1)</c>, as NEURON's <c>vec.record(ref, 0.1)</c> that made the golden
    /// files (each row: the sample's time, then the columns).</summary>
    public static List<double[]> Run(Simulation sim, double tstop, params DataReference[] columns)
    {
        const double RecordDt = 0.1;
        var time = new Vector().Record(sim.TimeRef(), RecordDt);
        var recorded = columns.Select(c => new Vector().Record(c, RecordDt)).ToArray();
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        sim.ContinueRun(tstop);
        time.StopRecording();
        foreach (var vector in recorded) vector.StopRecording();
        return [.. Enumerable.Range(0, time.Count).Select(i => (double[])[time[i], .. recorded.Select(v => v[i])])];
    }
}
