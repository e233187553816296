using System.Runtime.CompilerServices;
using Nrn.Abi;

namespace Nrn;

/// <summary>The event system of one simulation (NEURON's NetCvode for the fixed step): NetCons and
/// their sources, the queue of pending events, and delivery at NEURON's points of the step. It
/// attaches itself as <see cref="Simulation.EventQueue"/> when the first NetCon is made.</summary>
public sealed partial class Network : IEventQueue
{
    private static readonly ConditionalWeakTable<Simulation, Network> Networks = new();

    private readonly Simulation _simulation;
    private readonly List<NetCon> _netCons = [];
    private readonly List<SpikeSource> _sources = [];
    private readonly Dictionary<(Section, int), SpikeSource> _voltageSources = [];
    private readonly Dictionary<MechanismObject, SpikeSource> _objectSources = [];
    private readonly List<ISpikeRecorder> _allSpikes = [];
    private int _netConCounter;

    private Network(Simulation simulation)
    {
        _simulation = simulation;
        simulation.EventQueue = this;
    }

    /// <summary>The simulation's network, created and attached on first use.</summary>
    public static Network Of(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return Networks.GetValue(simulation, s => new Network(s));
    }

    /// <summary>Every NetCon, in creation order (NEURON's <c>List("NetCon")</c>).</summary>
    public IReadOnlyList<NetCon> NetCons => _netCons;

    /// <summary>Records every source's spikes with the source's number (the order sources were first
    /// connected), as NEURON's <c>ParallelContext.spike_record(-1, tvec, idvec)</c>.</summary>
    public void SpikeRecord(ISpikeRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        _allSpikes.Add(recorder);
    }

    /// <summary>Removes a NetCon: it no longer sends or receives; events already queued for it are dropped on delivery.</summary>
    public void Remove(NetCon netCon)
    {
        ArgumentNullException.ThrowIfNull(netCon);
        if (!_netCons.Remove(netCon))
            throw new ArgumentException($"{netCon} is not in this network (already removed?)", nameof(netCon));
        netCon.Source?.NetCons.Remove(netCon);
        netCon.Active = false;
        netCon.Removed = true;
        _resolvedVersion = -1;
        _weightsByTargetValid = false;
    }

    internal string NameNetCon() => $"NetCon[{_netConCounter++}]";

    internal SpikeSource SourceAt(Segment segment)
    {
        var key = segment.Node;
        if (!_voltageSources.TryGetValue(key, out var source))
        {
            source = SpikeSource.AtVoltage(_sources.Count, segment);
            _voltageSources[key] = source;
            _sources.Add(source);
        }
        return source;
    }

    internal SpikeSource SourceOf(MechanismObject owner)
    {
        if (owner.Simulation != _simulation || !_simulation.Objects.Contains(owner))
            throw new ArgumentException($"NetCon: source {owner} is not in the simulation (removed?)", nameof(owner));
        if (!_objectSources.TryGetValue(owner, out var source))
        {
            source = SpikeSource.OfObject(_sources.Count, owner);
            _objectSources[owner] = source;
            _sources.Add(source);
        }
        return source;
    }

    internal void Add(NetCon netCon, SpikeSource? source)
    {
        _netCons.Add(netCon);
        if (source is not null)
        {
            source.NetCons.Add(netCon);
            // As NEURON's NetCon constructor: a new connection ends the shared-delay mode until the next finitialize.
            source.SharedDelay = false;
        }
        _resolvedVersion = -1;
        _weightsByTargetValid = false;
    }
}
