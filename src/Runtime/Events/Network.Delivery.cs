using Nrn.Abi;

namespace Nrn;

public sealed partial class Network
{
    /// <summary>NEURON's threshold-crossing time offset in the fixed step (check_thresh's teps).</summary>
    private const double ThresholdEpsilon = 1e-10;

    private enum EventKind : byte { NetCon, Source, Self, Callback, Play, Sample }

    /// <summary>One pending event; pooled, so queueing allocates nothing once the pool has grown.</summary>
    private struct PendingEvent
    {
        public EventKind Kind;
        public NetCon? NetCon;
        public SpikeSource? Source;
        public MechanismObject? Target;
        public double[]? Weights;
        public double Flag;
        public Action<double>? Callback;
        public PlayRecord? Play;
        public IntervalRecorder? Sampler;
    }

    private readonly TimeQueue _queue = new();
    private PendingEvent[] _events = new PendingEvent[256];
    private int[] _free = new int[256];
    private int _freeCount;
    private int _highWater;
    private int _eventCount;
    private readonly Dictionary<MechanismObject, int> _movable = [];

    private int _resolvedVersion = -1;
    private SpikeSource[] _thresholdSources = [];
    private readonly Dictionary<MechanismBlock, IMechanismKernels> _kernels = [];
    private readonly Dictionary<MechanismBlock, MechanismObject[]> _objects = [];
    private double[] _noWeights = [];

    /// <summary>The weights of the NetCon whose NET_RECEIVE is running: a net_send made there carries them (NEURON's <c>_args</c>).</summary>
    private double[]? _currentWeights;

    /// <summary>Events delivered since the network was made (every kind: NetCon, self, play, callback).</summary>
    public long DeliveredEvents { get; private set; }

    /// <summary>Number of events waiting in the queue.</summary>
    public int PendingCount => _eventCount;

    void IEventQueue.Clear()
    {
        _queue.Clear();
        Array.Clear(_events);
        _freeCount = 0;
        _eventCount = 0;
        _highWater = 0;
        _movable.Clear();
        _activeWatches.Clear();
        StartPlays();
    }

    void IEventQueue.AfterInitialize(CellGroupState state)
    {
        Resolve();
        foreach (var source in _sources)
        {
            source.Above = false;
            source.Recorder?.Clear();
            source.SharedDelay = source.NetCons.Count > 2 && source.NetCons.All(n => n.Delay == source.NetCons[0].Delay);
            source.Delay = source.NetCons.Count > 0 ? source.NetCons[0].Delay : 0;
        }
        foreach (var recorder in _allSpikes) recorder.Clear();
        foreach (var netCon in _netCons)
        {
            if (Placement(netCon.Target) is not { } target) continue;
            _currentWeights = netCon.Weight.Values;
            _kernels[target.Block].InitializeNetReceive(target.Block, state, target.Instance, netCon.Weight.Values);
            _currentWeights = null;
        }
    }

    void IEventQueue.DeliverInitialEvents(CellGroupState state) => DeliverDue(state.T, state);

    void IEventQueue.BeforeStep(CellGroupState state)
    {
        Resolve();
        var t = state.T;
        foreach (var source in _thresholdSources)
        {
            if (source.VoltageArray![source.VoltageIndex] - source.Threshold > 0)
            {
                if (source.Above) continue;
                source.Above = true;
                Send(source, t + ThresholdEpsilon);
            }
            else
            {
                source.Above = false;
            }
        }
        CheckWatches(state);
        DeliverDue(t + 0.5 * state.Dt, state);
    }

    void IEventQueue.AfterRecord(CellGroupState state) => DeliverDue(state.T, state);

    void IEventSink.NetSend(MechanismBlock block, int instance, double deliveryTime, double flag)
    {
        var target = ObjectAt(block, instance, "net_send");
        var now = Now;
        if (!double.IsFinite(deliveryTime) || deliveryTime < now)
            throw new InvalidOperationException($"{target}: net_send for t = {deliveryTime} is before the current time {now} (net_send td-t = {deliveryTime - now})");
        SendSelf(target, _currentWeights, deliveryTime, flag);
    }

    /// <summary>A self-event for <paramref name="target"/> carrying <paramref name="weights"/>
    /// (net_send, or NetCon.event(t, flag)).</summary>
    internal void SendSelf(MechanismObject target, double[]? weights, double deliveryTime, double flag)
    {
        var e = Allocate();
        _events[e] = new PendingEvent { Kind = EventKind.Self, Target = target, Weights = weights, Flag = flag };
        _queue.Insert(e, deliveryTime);
        if (flag == 1) _movable[target] = e;
    }

    void IEventSink.NetEvent(MechanismBlock block, int instance, double time)
    {
        var owner = ObjectAt(block, instance, "net_event");
        if (!_objectSources.TryGetValue(owner, out var source)) return;
        if (!(time >= Now))
            throw new InvalidOperationException($"{owner}: net_event at t = {time} is before the current time {Now}");
        Send(source, time);
    }

    void IEventSink.NetMove(MechanismBlock block, int instance, double deliveryTime)
    {
        var target = ObjectAt(block, instance, "net_move");
        if (!_movable.TryGetValue(target, out var e))
            throw new InvalidOperationException($"{target}: net_move needs a pending self-event sent with flag 1, and there is none");
        if (!double.IsFinite(deliveryTime) || deliveryTime < Now)
            throw new InvalidOperationException($"{target}: net_move to t = {deliveryTime} is before the current time {Now}");
        _queue.Move(e, deliveryTime);
    }

    private double Now => _simulation.CompiledModel!.State.T;

    /// <summary>An event for <paramref name="netCon"/> at <paramref name="time"/> (NetCon.Event).</summary>
    internal void Schedule(NetCon netCon, double time)
    {
        var e = Allocate();
        _events[e] = new PendingEvent { Kind = EventKind.NetCon, NetCon = netCon };
        _queue.Insert(e, time);
    }

    /// <summary>A sampling event of <c>Vector.Record(ref, Dt)</c> at <paramref name="time"/> (VecRecordDt's event).</summary>
    internal void ScheduleSample(IntervalRecorder recorder, double time)
    {
        var e = Allocate();
        _events[e] = new PendingEvent { Kind = EventKind.Sample, Sampler = recorder };
        _queue.Insert(e, time);
    }

    /// <summary>Calls <paramref name="action"/> with <paramref name="time"/> when the queue reaches it,
    /// in queue order among the other events (as NEURON's <c>Vector.record(ref, Dt)</c> samples, so
    /// recording on such events reproduces NEURON's record-dt vectors); <see cref="Simulation.T"/>
    /// is the time of the step that delivers it. Unlike NEURON's <c>cvode.event(t, callback)</c>,
    /// which defers callbacks to the end of the delivery loop, the call is immediate. Dropped by
    /// finitialize like every pending event.</summary>
    public void At(double time, Action<double> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = _simulation.CompiledModel?.State.T ?? _simulation.T;
        if (!double.IsFinite(time) || time < now)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"event time must be finite and not before t = {now}, got {time}");
        var e = Allocate();
        _events[e] = new PendingEvent { Kind = EventKind.Callback, Callback = action };
        _queue.Insert(e, time);
    }

    /// <summary>PreSyn::send: record the spike, then queue it for the NetCons (one event per NetCon,
    /// or one for all of them when they share the delay).</summary>
    internal void Send(SpikeSource source, double time)
    {
        source.Recorder?.Spike(time, source.RecordId);
        // As pc.spike_record(-1): only cells with gids once there are gids, every source before.
        if (!source.IsInput && (source.Gid is not null || _outputGids.Count == 0))
            foreach (var recorder in _allSpikes) recorder.Spike(time, source.RecordId);
        if (source.SharedDelay)
        {
            var e = Allocate();
            _events[e] = new PendingEvent { Kind = EventKind.Source, Source = source };
            _queue.Insert(e, time + source.Delay);
            return;
        }
        foreach (var netCon in source.NetCons)
            if (netCon.Active && netCon.Target is not null) Schedule(netCon, time + netCon.Delay);
    }

    /// <summary>Delivers, in queue order, every event due by <paramref name="until"/> (including
    /// those the deliveries themselves make due), each with t set to its time; t is restored after.</summary>
    private void DeliverDue(double until, CellGroupState state)
    {
        var saved = state.T;
        int e;
        while ((e = _queue.DequeueDue(until)) >= 0)
        {
            var time = _queue.TimeOf(e);
            var pending = _events[e];
            Release(e);
            DeliveredEvents++;
            switch (pending.Kind)
            {
                case EventKind.NetCon:
                    Deliver(pending.NetCon!, time, state);
                    break;
                case EventKind.Source:
                    FanOut(pending.Source!, time, state);
                    break;
                case EventKind.Play:
                    state.T = time;
                    pending.Play!.Deliver(time);
                    break;
                case EventKind.Sample:
                    pending.Sampler!.Deliver(time);
                    break;
                case EventKind.Callback:
                    state.T = saved;
                    pending.Callback!(time);
                    break;
                default:
                    if (_movable.TryGetValue(pending.Target!, out var m) && m == e) _movable.Remove(pending.Target!);
                    Receive(pending.Target!, pending.Weights, pending.Flag, time, state);
                    break;
            }
        }
        state.T = saved;
    }

    private void FanOut(SpikeSource source, double time, CellGroupState state)
    {
        foreach (var netCon in source.NetCons)
        {
            if (!netCon.Active || netCon.Target is null) continue;
            var extra = netCon.Delay - source.Delay;
            if (extra == 0) Deliver(netCon, time, state);
            else if (extra > 0) Schedule(netCon, time + extra);
            else throw new InvalidOperationException($"{netCon}: its delay {netCon.Delay} became shorter than {source.Delay} after finitialize; call FInitialize after changing delays");
        }
    }

    private void Deliver(NetCon netCon, double time, CellGroupState state)
    {
        if (!netCon.Removed) Receive(netCon.Target!, netCon.Weight.Values, 0, time, state);
    }

    private void Receive(MechanismObject target, double[]? weights, double flag, double time, CellGroupState state)
    {
        if (Placement(target) is not { } place) return;
        state.T = time;
        _currentWeights = weights;
        var arguments = weights ?? _noWeights.AsSpan(0, place.Block.Descriptor.NetReceiveArgumentCount);
        _kernels[place.Block].NetReceive(place.Block, state, place.Instance, arguments, flag);
        _currentWeights = null;
    }

    private int Allocate()
    {
        int e;
        if (_freeCount > 0) e = _free[--_freeCount];
        else
        {
            e = _highWater++;
            if (e == _events.Length)
            {
                Array.Resize(ref _events, _events.Length * 2);
                Array.Resize(ref _free, _free.Length * 2);
            }
        }
        _eventCount++;
        return e;
    }

    private void Release(int e)
    {
        _events[e] = default;
        _free[_freeCount++] = e;
        _eventCount--;
    }

    /// <summary>Where a target lives in the compiled model; null when it was removed from the simulation.</summary>
    private (MechanismBlock Block, int Instance)? Placement(MechanismObject? target) =>
        target?.Block is { } block && _kernels.ContainsKey(block) ? (block, target.Instance) : null;

    private MechanismObject ObjectAt(MechanismBlock block, int instance, string call)
    {
        Resolve();
        return _objects.TryGetValue(block, out var objects) && instance >= 0 && instance < objects.Length
            ? objects[instance]
            : throw new InvalidOperationException($"{block.Descriptor.Name}: {call} from instance {instance}, which is not a point process or artificial cell of this simulation");
    }

    /// <summary>Binds sources, targets and kernels to the compiled model, once per model version.</summary>
    private void Resolve()
    {
        if (_resolvedVersion == _simulation.ModelVersion) return;
        _kernels.Clear();
        foreach (var run in _simulation.Mechanisms) _kernels[run.Block] = run.Kernels;
        _objects.Clear();
        foreach (var group in _simulation.CompiledModel!.Objects.Where(o => o.Block is not null).GroupBy(o => o.Block!))
        {
            var byInstance = new MechanismObject[group.Key.Count];
            foreach (var o in group) byInstance[o.Instance] = o;
            _objects[group.Key] = byInstance;
        }
        var thresholds = new List<SpikeSource>();
        foreach (var source in _sources)
        {
            // A deleted section's voltage is gone; as NEURON drops such a source, it no longer fires.
            if (source.Segment is not { } segment || segment.Section.Deleted) continue;
            (source.VoltageArray, source.VoltageIndex) = segment.Ref("v").Resolve();
            thresholds.Add(source);
        }
        _thresholdSources = [.. thresholds];
        _noWeights = new double[_kernels.Keys.Select(b => b.Descriptor.NetReceiveArgumentCount).DefaultIfEmpty(0).Max()];
        _resolvedVersion = _simulation.ModelVersion;
    }
}
