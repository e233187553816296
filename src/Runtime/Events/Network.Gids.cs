namespace Nrn;

/// <summary>Global ids of spike sources, as NEURON's ParallelContext gives them on one process:
/// <c>SetGid</c> is <c>pc.set_gid2node(gid, pc.id())</c> plus <c>pc.cell(gid, nc)</c>, <c>GidConnect</c>
/// is <c>pc.gid_connect(gid, target)</c>, <c>FakeFire</c> is what PatternStim does with a (t, gid) pair.
/// Spike recordings write a source's gid as its id.</summary>
public sealed partial class Network
{
    private readonly Dictionary<int, SpikeSource> _outputGids = [];
    private readonly Dictionary<int, SpikeSource> _inputGids = [];

    /// <summary>NEURON's <c>pc.cell(gid, nc)</c>: the source of <paramref name="netCon"/> is the cell <paramref name="gid"/>.</summary>
    public void SetGid(int gid, NetCon netCon)
    {
        ArgumentNullException.ThrowIfNull(netCon);
        if (gid < 0) throw new ArgumentOutOfRangeException(nameof(gid), gid, $"SetGid: gid must be >= 0, got {gid}");
        var source = netCon.Source ?? throw new ArgumentException($"SetGid({gid}, {netCon}): the NetCon has no source", nameof(netCon));
        if (_outputGids.TryGetValue(gid, out var existing) && existing != source)
            throw new ArgumentException($"SetGid({gid}, {netCon}): gid {gid} already belongs to another source", nameof(gid));
        if (_inputGids.ContainsKey(gid))
            throw new ArgumentException($"SetGid({gid}, {netCon}): gid {gid} was connected with GidConnect before it had a cell; set the gids first", nameof(gid));
        if (source.Gid is { } other && other != gid)
            throw new ArgumentException($"SetGid({gid}, {netCon}): its source already has gid {other}", nameof(netCon));
        source.Gid = gid;
        _outputGids[gid] = source;
    }

    /// <summary>NEURON's <c>pc.gid_connect(gid, target)</c>: a NetCon from cell <paramref name="gid"/>
    /// (or, when no cell has that gid, from an input that only PatternStim's faked spikes drive).</summary>
    public NetCon GidConnect(int gid, MechanismObject target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (gid < 0) throw new ArgumentOutOfRangeException(nameof(gid), gid, $"GidConnect: gid must be >= 0, got {gid}");
        NetCon.CheckTarget(_simulation, target);
        if (!_outputGids.TryGetValue(gid, out var source) && !_inputGids.TryGetValue(gid, out source))
        {
            source = SpikeSource.Input(_sources.Count, gid);
            _inputGids[gid] = source;
            _sources.Add(source);
        }
        return new NetCon(_simulation, target, source);
    }

    /// <summary>NEURON's nrn_fake_fire: the spike of <paramref name="gid"/> at <paramref name="time"/>
    /// goes to the gid's input connections. A gid whose cell is here gets nothing, whatever
    /// PatternStim's fake_output says: so NEURON 8.2.2 behaves, measured (tests/golden/events/api.json),
    /// although its source would send the spike from that cell.</summary>
    internal void FakeFire(int gid, double time)
    {
        if (_inputGids.TryGetValue(gid, out var input)) Send(input, time);
    }
}
