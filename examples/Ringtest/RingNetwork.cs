using Nrn;

namespace Ringtest;

/// <summary>ringtest's network (ring.py): per ring, cells gid = ring * cellsPerRing + i built in gid
/// order, each the gid's spike source (soma(1) v, threshold 10 mV); cell i excites cell i + 1 (mod
/// ring size) at its excitatory synapse (weight 0.01, delay 1 ms); a NetStim (one spike at t = 0)
/// starts the ring's first cell through the same kind of connection. Spikes are recorded with gids.</summary>
public sealed class RingNetwork
{
    public RingNetwork(Simulation sim, RingtestConfig config)
    {
        config.Validate();
        Simulation = sim;
        Config = config;
        var types = CellTopology.ShuffledTypes(config.Cells, config.Types);
        var topologies = new Dictionary<int, CellTopology>();
        var cells = new BallStick[config.Cells];
        for (var ring = 0; ring < config.Rings; ring++)
        {
            var first = ring * config.CellsPerRing;
            for (var gid = first; gid < first + config.CellsPerRing; gid++)
            {
                if (!topologies.TryGetValue(types[gid], out var topology))
                    topologies[types[gid]] = topology = CellTopology.Draw(types[gid], (config.MinBranches, config.MaxBranches), (config.MinCompartments, config.MaxCompartments));
                cells[gid] = new BallStick(sim, gid, topology);
                sim.SetGid(gid, sim.NetCon(cells[gid].Soma[1], null, threshold: 10));
            }
            for (var i = 0; i < config.CellsPerRing; i++)
                Connect(sim.GidConnect(first + i, cells[first + (i + 1) % config.CellsPerRing].Excitatory));
            var stim = sim.ArtificialCell("NetStim");
            stim["number"] = 1;
            stim["start"] = 0;
            Connect(sim.NetCon(stim, cells[first].Excitatory));
        }
        Cells = cells;
        sim.SpikeRecord(SpikeTimes, SpikeGids);
    }

    public Simulation Simulation { get; }
    public RingtestConfig Config { get; }
    public IReadOnlyList<BallStick> Cells { get; }
    public Vector SpikeTimes { get; } = new();
    public Vector SpikeGids { get; } = new();

    /// <summary>Compartments (segments) of the whole network.</summary>
    public int Compartments => Cells.Sum(c => c.Soma.Nseg + c.Dendrites.Sum(d => d.Nseg));

    /// <summary>stdinit (finitialize at -65 mV with dt 0.025) and a run to tstop.</summary>
    public void Run()
    {
        Simulation.Dt = 0.025;
        Simulation.FInitialize(-65);
        Simulation.ContinueRun(Config.Tstop);
    }

    /// <summary>The raster as ringtest's spikeout writes it: "%g %d" per spike, in recording order.</summary>
    public IEnumerable<string> Raster() =>
        Enumerable.Range(0, SpikeTimes.Count).Select(i => Nrn.CLib.CFormat.Format("%g %d", [SpikeTimes[i], (int)SpikeGids[i]]));

    private static void Connect(NetCon netCon)
    {
        netCon.Delay = 1;
        netCon.Weight[0] = 0.01;
    }
}
