using Nrn.Abi;

namespace Nrn;

/// <summary>WATCH as NEURON's fixed step does it (WatchCondition): an activated condition
/// remembers whether it held at activation; at each step's threshold check, after the voltage
/// sources, a condition that turns true queues a self-event with its flag (no weights) at the
/// current time, and one that is false rearms. Finitialize removes every watch.</summary>
public sealed partial class Network
{
    private sealed class Watch(MechanismObject target, int index)
    {
        public MechanismObject Target { get; } = target;
        public int Index { get; } = index;
        public double Flag { get; set; }
        public bool Above { get; set; }
    }

    // Active watches in activation order; a reactivated watch moves to the end, as in NEURON's list.
    private readonly List<Watch> _activeWatches = [];
    private readonly Dictionary<(MechanismObject, int), Watch> _watches = [];

    void IEventSink.WatchActivate(MechanismBlock block, int instance, int watch, double flag, bool first)
    {
        var target = ObjectAt(block, instance, "WATCH");
        if (first) _activeWatches.RemoveAll(w => w.Target == target);
        if (!_watches.TryGetValue((target, watch), out var w)) _watches[(target, watch)] = w = new Watch(target, watch);
        _activeWatches.Remove(w);
        w.Flag = flag;
        w.Above = _kernels[block].WatchCondition(block, _simulation.CompiledModel!.State, instance, watch) > 0;
        _activeWatches.Add(w);
    }

    private void CheckWatches(CellGroupState state)
    {
        foreach (var w in _activeWatches)
        {
            if (Placement(w.Target) is not { } place) continue;
            if (_kernels[place.Block].WatchCondition(place.Block, state, place.Instance, w.Index) > 0)
            {
                if (w.Above) continue;
                w.Above = true;
                var e = Allocate();
                _events[e] = new PendingEvent { Kind = EventKind.Self, Target = w.Target, Weights = null, Flag = w.Flag };
                _queue.Insert(e, state.T);
            }
            else
            {
                w.Above = false;
            }
        }
    }
}
