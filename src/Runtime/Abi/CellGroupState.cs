namespace Nrn.Abi;

/// <summary>The per-node state of one cell group (NEURON's NrnThread): voltages, the matrix'
/// right-hand side and diagonal, segment areas, and the clock. Nodes are numbered so that a
/// parent precedes its children.</summary>
public sealed class CellGroupState(int nodeCount, IEventSink events)
{
    public int NodeCount { get; } = nodeCount;
    public double[] V { get; } = new double[nodeCount];
    public double[] Rhs { get; } = new double[nodeCount];
    public double[] D { get; } = new double[nodeCount];

    /// <summary>Membrane area of each node's segment in um2 (100 for the zero-area end nodes, as NEURON).</summary>
    public double[] Area { get; } = new double[nodeCount];

    /// <summary>Diameter of each node's segment in um (for mechanisms that read <c>diam</c>).</summary>
    public double[] Diam { get; } = new double[nodeCount];

    public double T { get; set; }
    public double Dt { get; set; } = 0.025;
    public double Celsius { get; set; } = 6.3;
    public IEventSink Events { get; } = events;
}

/// <summary>How NET_RECEIVE and BREAKPOINT code talks to the event queue.</summary>
public interface IEventSink
{
    /// <summary><c>net_send(delay, flag)</c>: a self-event to <paramref name="instance"/>.</summary>
    void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag);

    /// <summary><c>net_event(t)</c>: the instance fires; its NetCons deliver after their delays.</summary>
    void NetEvent(MechanismBlock block, int instance, double time);

    /// <summary><c>net_move(t)</c>: moves the instance's pending self-event.</summary>
    void NetMove(MechanismBlock block, int instance, double deliveryTime);

    /// <summary>FOR_NETCONS: the weight arrays of the NetCons that target the instance, in NetCon
    /// creation order. Without a network there are none.</summary>
    IReadOnlyList<double[]> NetConWeights(MechanismBlock block, int instance) => [];

    /// <summary>A WATCH statement executed in NET_RECEIVE: from now on, when condition
    /// <paramref name="watch"/> becomes true at a step, a self-event with <paramref name="flag"/>
    /// arrives. <paramref name="first"/> is set for the first WATCH of this NET_RECEIVE call,
    /// which first removes the instance's earlier watches (as NEURON does).</summary>
    void WatchActivate(MechanismBlock block, int instance, int watch, double flag, bool first) =>
        throw new InvalidOperationException($"{block.Descriptor.Name}: WATCH needs the event network of a simulation");
}
