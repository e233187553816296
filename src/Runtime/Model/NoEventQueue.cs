using Nrn.Abi;

namespace Nrn;

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
