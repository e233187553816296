using Nrn.Abi;

namespace Nrn;

/// <summary>A network connection (NEURON's NetCon): when its source fires, an event reaches the
/// target's NET_RECEIVE after <see cref="Delay"/> with <see cref="Weight"/> as arguments. The source
/// is a segment's voltage (an upward crossing of <see cref="Threshold"/> at a step's start is a spike
/// at that time + 1e-10 ms, as NEURON's fixed step), a point process or artificial cell that calls
/// <c>net_event</c>, or nothing (events only through <see cref="Event"/>).</summary>
public sealed class NetCon
{
    private readonly SpikeSource? _source;
    private double _delay = 1;
    private double _threshold = 10;

    /// <summary>A NetCon watching the voltage at <paramref name="source"/> (NEURON's
    /// <c>h.NetCon(seg._ref_v, target, sec=...)</c>); <paramref name="target"/> may be null to only detect spikes.</summary>
    public NetCon(Segment source, MechanismObject? target)
        : this(Owner(source, target), source, null, target)
    {
    }

    /// <summary>A NetCon from a point process or artificial cell that calls <c>net_event</c>, or from
    /// nothing when <paramref name="source"/> is null (then <paramref name="target"/> must be given).</summary>
    public NetCon(MechanismObject? source, MechanismObject? target)
        : this(Owner(source, target), null, source, target)
    {
    }

    private NetCon(Simulation simulation, Segment? segment, MechanismObject? sourceObject, MechanismObject? target)
        : this(simulation, target, network => segment is not null ? network.SourceAt(segment) : sourceObject is not null ? network.SourceOf(sourceObject) : null)
    {
    }

    /// <summary>A NetCon from a source the network already has (<c>GidConnect</c>).</summary>
    internal NetCon(Simulation simulation, MechanismObject target, SpikeSource source)
        : this(simulation, target, _ => source)
    {
    }

    private NetCon(Simulation simulation, MechanismObject? target, Func<Network, SpikeSource?> source)
    {
        Simulation = simulation;
        CheckTarget(simulation, target);
        Network = Network.Of(simulation);
        Target = target;
        Active = target is not null;
        Weight = new NetConWeights(this, target?.Type.Descriptor.NetReceiveArgumentCount ?? 1);
        Name = Network.NameNetCon();
        _source = source(Network);
        Network.Add(this, _source);
    }

    public Simulation Simulation { get; }
    internal Network Network { get; }

    /// <summary>NEURON's object name, e.g. <c>NetCon[0]</c>.</summary>
    public string Name { get; }

    public override string ToString() => Name;

    /// <summary>The watched segment, when the source is a voltage.</summary>
    public Segment? PreSegment => _source?.Segment;

    /// <summary>The point process or artificial cell the events come from (NEURON's <c>nc.pre()</c>).</summary>
    public MechanismObject? Pre => _source?.Owner;

    /// <summary>The receiving point process or artificial cell (NEURON's <c>nc.syn()</c>).</summary>
    public MechanismObject? Target { get; }

    internal SpikeSource? Source => _source;

    public NetConWeights Weight { get; }

    /// <summary>ms between the source's spike and the delivery (default 1).</summary>
    public double Delay
    {
        get => _delay;
        set
        {
            if (!(value >= 0) || double.IsInfinity(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{Name}.delay must be >= 0 and finite, got {value}");
            _delay = value;
        }
    }

    /// <summary>mV (default 10). Shared by every NetCon watching the same voltage, as in NEURON.</summary>
    public double Threshold
    {
        get => _source?.Threshold ?? _threshold;
        set
        {
            if (!double.IsFinite(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{Name}.threshold must be finite, got {value}");
            if (_source is { } s) s.Threshold = value;
            else _threshold = value;
        }
    }

    /// <summary>Whether spikes of the source are sent to the target (NEURON's <c>nc.active()</c>;
    /// a NetCon without a target is never active).</summary>
    public bool Active { get; set; }

    /// <summary>Records the source's spike times (NEURON's <c>nc.record(vec)</c>: one recording per
    /// source, the last call wins; emptied at finitialize).</summary>
    public void Record(List<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        Record(new SpikeListRecorder(times));
    }

    /// <summary>NEURON's <c>nc.record(vec)</c> with a <see cref="Vector"/>.</summary>
    public void Record(Vector times)
    {
        ArgumentNullException.ThrowIfNull(times);
        Record(new VectorSpikeRecorder(times, null, null));
    }

    /// <summary>NEURON's <c>nc.record(tvec, idvec, id)</c>: each spike time goes to
    /// <paramref name="times"/> and <paramref name="id"/> to <paramref name="ids"/>.</summary>
    public void Record(Vector times, Vector ids, int id)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(ids);
        Record(new VectorSpikeRecorder(times, ids, id));
    }

    public void Record(ISpikeRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        var source = _source ?? throw new InvalidOperationException($"{Name}.record: the NetCon has no source to record spikes of");
        source.Recorder = recorder;
    }

    /// <summary>Delivers an event to the target at <paramref name="time"/> ms (NEURON's <c>nc.event(t)</c>),
    /// ignoring the delay; nothing when the NetCon is not active. Events pending at finitialize are
    /// dropped, as in NEURON.</summary>
    public void Event(double time)
    {
        if (!Active) return;
        if (Target is null) throw new InvalidOperationException($"{Name}.event: the NetCon has no target");
        if (!double.IsFinite(time) || time < Simulation.T)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"{Name}.event: time must be finite and not before t = {Simulation.T}, got {time}");
        Network.Schedule(this, time);
    }

    /// <summary>NEURON's <c>nc.event(t, flag)</c>: a self-event with <paramref name="flag"/> and this
    /// NetCon's weights for its target, which must be an artificial cell, at <paramref name="time"/> ms;
    /// nothing when the NetCon is not active.</summary>
    public void Event(double time, double flag)
    {
        if (!Active) return;
        if (Target is null) throw new InvalidOperationException($"{Name}.event: the NetCon has no target");
        if (Target.Type.Descriptor.Kind != MechanismKind.ArtificialCell)
            throw new InvalidOperationException($"{Name}.event({time}, {flag}): can only send fake self-events to ARTIFICIAL_CELLs, and {Target} is not one");
        if (!double.IsFinite(time) || time < Simulation.T)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"{Name}.event: time must be finite and not before t = {Simulation.T}, got {time}");
        Network.SendSelf(Target, Weight.Values, time, flag);
    }

    /// <summary>Removed from its network: it neither sends nor receives.</summary>
    internal bool Removed { get; set; }

    internal string TargetDescription => Target?.Name ?? "no target";

    private static Simulation Owner(Segment source, MechanismObject? target)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Section.CheckNotDeleted();
        var simulation = source.Section.Simulation;
        if (target is not null && target.Simulation != simulation)
            throw new ArgumentException($"NetCon: source {source} and target {target} belong to different simulations");
        return simulation;
    }

    private static Simulation Owner(MechanismObject? source, MechanismObject? target)
    {
        if (source is null && target is null)
            throw new ArgumentException("NetCon: needs a source or a target (both are null)");
        if (source is not null && target is not null && source.Simulation != target.Simulation)
            throw new ArgumentException($"NetCon: source {source} and target {target} belong to different simulations");
        return (source ?? target)!.Simulation;
    }

    /// <summary>A target must be a live object of the simulation with a NET_RECEIVE block.</summary>
    internal static void CheckTarget(Simulation simulation, MechanismObject? target)
    {
        if (target is null) return;
        if (!simulation.Objects.Contains(target))
            throw new ArgumentException($"NetCon: target {target} is not in the simulation (removed?)", nameof(target));
        if (!target.Type.Descriptor.HasNetReceive)
            throw new ArgumentException($"NetCon: target {target} has no NET_RECEIVE block, so it cannot receive events", nameof(target));
    }
}
