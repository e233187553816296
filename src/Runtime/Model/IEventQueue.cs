using Nrn.Abi;

namespace Nrn;

/// <summary>The event system's hooks into finitialize and the fixed step, at the points where
/// NEURON handles events (fadvance.cpp, finitialize): clear; after the INITIAL blocks; at the
/// start of each step; after each recording.</summary>
public interface IEventQueue : IEventSink
{
    /// <summary>finitialize, before the INITIAL blocks: drop pending events (clear_event_queue).</summary>
    void Clear();

    /// <summary>finitialize, after the INITIAL blocks: NetCon INITIALs (init_net_events), then the
    /// events the INITIAL blocks sent for t = 0.</summary>
    void AfterInitialize(CellGroupState state);

    /// <summary>Start of a fixed step, before t advances: threshold checks, then every event due by
    /// t + dt/2 (deliver_net_events).</summary>
    void BeforeStep(CellGroupState state);

    /// <summary>After finitialize's and each step's recording: events due by t (nrn_deliver_events).</summary>
    void AfterRecord(CellGroupState state);
}

/// <summary>The queue used until an event system is attached: nothing is ever pending, and a
/// mechanism that sends an event gets an error naming it.</summary>
internal sealed class NoEventQueue : IEventQueue
{
    public static readonly NoEventQueue Instance = new();

    public void Clear() { }
    public void AfterInitialize(CellGroupState state) { }
    public void BeforeStep(CellGroupState state) { }
    public void AfterRecord(CellGroupState state) { }

    public void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag) => throw Unsupported(block, "net_send");
    public void NetEvent(MechanismBlock block, int instance, double time) => throw Unsupported(block, "net_event");
    public void NetMove(MechanismBlock block, int instance, double deliveryTime) => throw Unsupported(block, "net_move");

    private static InvalidOperationException Unsupported(MechanismBlock block, string call) =>
        new($"{block.Descriptor.Name}: {call} needs an event queue; set Simulation.EventQueue before running");
}
