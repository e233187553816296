using Nrn.Abi;

namespace Nrn;

/// <summary>The event system's hook into the fixed step: a queue that can be cleared at
/// finitialize and delivers every event due by a given time.</summary>
public interface IEventQueue : IEventSink
{
    /// <summary>Drops pending events; called by finitialize with t = 0.</summary>
    void Initialize(double time);

    /// <summary>Delivers every event due at or before <paramref name="time"/> (t + dt/2 at each step).</summary>
    void DeliverUntil(double time);
}

/// <summary>The queue used until an event system is attached: nothing is ever pending, and a
/// mechanism that sends an event gets an error naming it.</summary>
internal sealed class NoEventQueue : IEventQueue
{
    public static readonly NoEventQueue Instance = new();

    public void Initialize(double time) { }
    public void DeliverUntil(double time) { }

    public void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag) => throw Unsupported(block, "net_send");
    public void NetEvent(MechanismBlock block, int instance, double time) => throw Unsupported(block, "net_event");
    public void NetMove(MechanismBlock block, int instance, double deliveryTime) => throw Unsupported(block, "net_move");

    private static InvalidOperationException Unsupported(MechanismBlock block, string call) =>
        new($"{block.Descriptor.Name}: {call} needs an event queue; set Simulation.EventQueue before running");
}
