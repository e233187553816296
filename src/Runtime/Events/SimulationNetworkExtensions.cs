namespace Nrn;

/// <summary>The network in NEURON's vocabulary on <see cref="Simulation"/>: <c>sim.NetCon(...)</c>,
/// <c>sim.NetCons()</c> (NEURON's <c>List("NetCon")</c>), <c>sim.SpikeRecord(...)</c>.</summary>
public static class SimulationNetworkExtensions
{
    /// <summary>NEURON's <c>h.NetCon(seg._ref_v, target, threshold, delay, weight)</c>; without a
    /// threshold the source keeps the one it has (10 mV for a new source).</summary>
    public static NetCon NetCon(this Simulation simulation, Segment source, MechanismObject? target, double? threshold = null, double delay = 1, double weight = 0)
    {
        CheckSame(simulation, source.Section.Simulation, source.ToString());
        return Configure(new NetCon(source, target), threshold, delay, weight);
    }

    /// <summary>NEURON's <c>h.NetCon(source, target, threshold, delay, weight)</c> with a point process,
    /// an artificial cell or null as source.</summary>
    public static NetCon NetCon(this Simulation simulation, MechanismObject? source, MechanismObject? target, double? threshold = null, double delay = 1, double weight = 0)
    {
        var owner = source ?? target;
        if (owner is not null) CheckSame(simulation, owner.Simulation, owner.Name);
        return Configure(new NetCon(source, target), threshold, delay, weight);
    }

    /// <summary>Every NetCon of the simulation in creation order (NEURON's <c>List("NetCon")</c>).</summary>
    public static IReadOnlyList<NetCon> NetCons(this Simulation simulation) => Network.Of(simulation).NetCons;

    /// <summary>Appends every spike of every source to <paramref name="times"/>, with the source's
    /// number (sources are numbered in the order they were first connected) to <paramref name="ids"/>
    /// (NEURON's <c>ParallelContext.spike_record(-1, times, ids)</c>). Once gids are given
    /// (<see cref="SetGid"/>), only cells with a gid are recorded, with the gid as id, as in NEURON.
    /// Both are emptied at finitialize.</summary>
    public static void SpikeRecord(this Simulation simulation, List<double> times, List<double> ids)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(ids);
        Network.Of(simulation).SpikeRecord(new SpikeListRecorder(times, ids));
    }

    /// <summary><see cref="SpikeRecord(Simulation, List{double}, List{double})"/> into Vectors.</summary>
    public static void SpikeRecord(this Simulation simulation, Vector times, Vector ids)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(ids);
        Network.Of(simulation).SpikeRecord(new VectorSpikeRecorder(times, ids, null));
    }

    /// <summary>NEURON's <c>pc.set_gid2node(gid, pc.id())</c> and <c>pc.cell(gid, nc)</c> on one process.</summary>
    public static void SetGid(this Simulation simulation, int gid, NetCon netCon) => Network.Of(simulation).SetGid(gid, netCon);

    /// <summary>NEURON's <c>pc.gid_connect(gid, target)</c> on one process.</summary>
    public static NetCon GidConnect(this Simulation simulation, int gid, MechanismObject target) => Network.Of(simulation).GidConnect(gid, target);

    private static NetCon Configure(NetCon netCon, double? threshold, double delay, double weight)
    {
        if (threshold is { } th) netCon.Threshold = th;
        netCon.Delay = delay;
        if (netCon.Weight.Length > 0) netCon.Weight[0] = weight;
        return netCon;
    }

    private static void CheckSame(Simulation simulation, Simulation owner, string what)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (simulation != owner) throw new ArgumentException($"NetCon: {what} belongs to another simulation");
    }
}
