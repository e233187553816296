using Nrn.Abi;

namespace Nrn;

/// <summary>The event system's hooks into finitialize and the fixed step, at the points where
/// NEURON handles events (fadvance.cpp, finitialize): clear; after the INITIAL blocks; after the
/// AFTER INITIAL blocks; at the start of each step; after each recording.</summary>
public interface IEventQueue : IEventSink
{
    /// <summary>finitialize, before the INITIAL blocks: drop pending events (clear_event_queue).</summary>
    void Clear();

    /// <summary>finitialize, after the INITIAL blocks: NetCon INITIALs (init_net_events).</summary>
    void AfterInitialize(CellGroupState state);

    /// <summary>finitialize, after the AFTER INITIAL blocks: the events the INITIAL blocks sent for t = 0.</summary>
    void DeliverInitialEvents(CellGroupState state)
    {
    }

    /// <summary>Start of a fixed step, before t advances: threshold checks, then every event due by
    /// t + dt/2 (deliver_net_events).</summary>
    void BeforeStep(CellGroupState state);

    /// <summary>After finitialize's and each step's recording: events due by t (nrn_deliver_events).</summary>
    void AfterRecord(CellGroupState state);

    /// <summary>After t advances by each half of a fixed step, before the currents and before the
    /// states: continuous Vector plays write their value at t (fixed_play_continuous).</summary>
    void PlayContinuous(CellGroupState state)
    {
    }
}
