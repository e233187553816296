using Nrn.Abi;

namespace Nrn;

/// <summary>Vector plays (NEURON's PlayRecords): their events share the queue with every other
/// event; finitialize starts them and delivers those of t = 0 before the INITIAL blocks; continuous
/// plays are also written at each half step (fixed_play_continuous).</summary>
public sealed partial class Network
{
    private readonly List<PlayRecord> _plays = [];
    private PlayRecord[] _continuousPlays = [];

    internal void AddPlay(PlayRecord play)
    {
        _plays.Add(play);
        _continuousPlays = [.. _plays.Where(p => p.IsContinuous)];
    }

    internal void RemovePlay(PlayRecord play)
    {
        _plays.Remove(play);
        _continuousPlays = [.. _plays.Where(p => p.IsContinuous)];
    }

    internal void SchedulePlay(PlayRecord play, double time)
    {
        var e = Allocate();
        _events[e] = new PendingEvent { Kind = EventKind.Play, Play = play };
        _queue.Insert(e, time);
    }

    void IEventQueue.PlayContinuous(CellGroupState state)
    {
        foreach (var play in _continuousPlays) play.Continuous(state.T);
    }

    /// <summary>nrn_play_init and the delivery of the play events at t = 0, at finitialize before v is set.</summary>
    private void StartPlays()
    {
        if (_plays.Count == 0) return;
        foreach (var play in _plays) play.Initialize();
        DeliverDue(0, _simulation.CompiledModel!.State);
    }
}
