using Nrn.Abi;

namespace Nrn.Runtime.Tests.Events;

/// <summary>net_send, net_move and net_event as NEURON defines them: self-events carry their flag
/// and the weights of the NetCon whose NET_RECEIVE sent them, flag-1 events can be moved, t during
/// NET_RECEIVE is the event's time, and NET_RECEIVE's INITIAL runs once per NetCon at finitialize.</summary>
public sealed class SelfEventTests
{
    /// <summary>An artificial cell that logs what it receives. INITIAL sends a flag-1 event at t = 5;
    /// an external event with weight w > 0 moves it to t + w; w &lt; 0 sends a flag-2 event after -w;
    /// the flag-1 event fires net_event.</summary>
    private sealed class Mover(List<string> log) : IMechanismKernels
    {
        public static MechanismDescriptor Describe(List<string> log) => new(
            "Mover", MechanismKind.ArtificialCell, [new RangeVariable("x", "", VariableKind.Assigned, 0, 0)], [], [], [],
            2, true, "test", () => new Mover(log));

        public void Initialize(MechanismBlock block, CellGroupState state)
        {
            for (var k = 0; k < block.Count; k++) state.Events.NetSend(block, k, state.T + 5, 1);
        }

        public void ComputeCurrent(MechanismBlock block, CellGroupState state) { }
        public void AdvanceState(MechanismBlock block, CellGroupState state) { }

        public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag)
        {
            log.Add(FormattableString.Invariant($"{instance} flag={flag} t={state.T} w=[{arguments[0]},{arguments[1]}]"));
            if (flag == 0 && arguments[0] > 0) state.Events.NetMove(block, instance, state.T + arguments[0]);
            if (flag == 0 && arguments[0] < 0) state.Events.NetSend(block, instance, state.T - arguments[0], 2);
            if (flag == 1) state.Events.NetEvent(block, instance, state.T);
        }

        public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments)
        {
            log.Add(FormattableString.Invariant($"{instance} init w=[{arguments[0]},{arguments[1]}]"));
            arguments[1] = 7;
        }
    }

    private static (Simulation Sim, ArtificialCell Cell, List<string> Log) Setup()
    {
        var log = new List<string>();
        var sim = new Simulation();
        sim.Register(Mover.Describe(log));
        return (sim, sim.ArtificialCell("Mover"), log);
    }

    [Fact]
    public void NetMoveReschedulesTheFlagOneEvent()
    {
        var (sim, cell, log) = Setup();
        var input = new NetCon((MechanismObject?)null, cell);
        input.Weight[0] = 2;
        var spikes = new List<double>();
        new NetCon(cell, null).Record(spikes);
        sim.FInitialize(-65);
        input.Event(1);
        sim.ContinueRun(10);
        Assert.Equal(["0 init w=[2,0]", "0 flag=0 t=1 w=[2,7]", "0 flag=1 t=3 w=[0,0]"], log);
        Assert.Equal([3.0], spikes);
    }

    [Fact]
    public void SelfEventsCarryTheSendingNetConsWeights()
    {
        var (sim, cell, log) = Setup();
        var input = new NetCon((MechanismObject?)null, cell);
        input.Weight[0] = -0.5;
        sim.FInitialize(-65);
        input.Event(1);
        sim.ContinueRun(10);
        Assert.Equal(["0 init w=[-0.5,0]", "0 flag=0 t=1 w=[-0.5,7]", "0 flag=2 t=1.5 w=[-0.5,7]", "0 flag=1 t=5 w=[0,0]"], log);
    }

    [Fact]
    public void NetMoveWithoutPendingEventFailsClearly()
    {
        var (sim, cell, _) = Setup();
        var input = new NetCon((MechanismObject?)null, cell);
        input.Weight[0] = 1;
        sim.FInitialize(-65);
        input.Event(6);
        var error = Assert.Throws<InvalidOperationException>(() => sim.ContinueRun(10));
        Assert.Contains("Mover[0]", error.Message);
        Assert.Contains("net_move", error.Message);
    }

    [Fact]
    public void EventsAreDeliveredWhenNeuronDeliversThem()
    {
        // An event at 1.01 is due by t + dt/2 at the step starting at t = 1 (dt 0.025), so NET_RECEIVE
        // runs with t = 1.01 while the clock shows 1 before and 1.025 after that step.
        var (sim, cell, log) = Setup();
        var input = new NetCon((MechanismObject?)null, cell);
        input.Weight[0] = -1;
        sim.FInitialize(-65);
        input.Event(1.01);
        var clock = new List<double>();
        while (sim.T < 1.1)
        {
            var before = log.Count;
            sim.FAdvance();
            if (log.Count > before) clock.Add(sim.T);
        }
        Assert.Equal("0 flag=0 t=1.01 w=[-1,7]", log[1]);
        Assert.True(Math.Abs(clock[0] - 1.025) < 1e-9, $"delivered during the step ending at {clock[0]}");
    }

    /// <summary>A point process whose NET_RECEIVE calls net_event(t): it relays what it receives.</summary>
    private sealed class Relay : IMechanismKernels
    {
        public static readonly MechanismDescriptor Descriptor = new(
            "Relay", MechanismKind.PointProcess, [], [], [], [], 1, true, "test", () => new Relay());

        public void Initialize(MechanismBlock block, CellGroupState state) { }
        public void ComputeCurrent(MechanismBlock block, CellGroupState state) { }
        public void AdvanceState(MechanismBlock block, CellGroupState state) { }

        public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
            state.Events.NetEvent(block, instance, state.T);

        public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }
    }

    [Fact]
    public void PointProcessNetEventReachesItsNetCons()
    {
        var sim = EventTestSupport.NewSimulation();
        sim.Register(Relay.Descriptor);
        var soma = EventTestSupport.HhSoma(sim);
        var relay = sim.PointProcess("Relay", soma[0.5]);
        var syn = sim.PointProcess("ExpSyn", soma[0.5]);
        syn["tau"] = 1e9;
        var input = new NetCon((MechanismObject?)null, relay);
        var output = sim.NetCon(relay, syn, delay: 1.5, weight: 0.25);
        var relayed = new List<double>();
        output.Record(relayed);
        sim.FInitialize(-65);
        input.Event(2);
        var g = new List<(double T, double G)>();
        while (sim.T < 5)
        {
            sim.FAdvance();
            g.Add((sim.T, syn["g"]));
        }
        Assert.Equal([2.0], relayed);
        Assert.All(g.Where(x => x.T < 3.5 - 0.02), x => Assert.Equal(0, x.G));
        Assert.All(g.Where(x => x.T > 3.5 + 0.02), x => Assert.Equal(0.25, x.G, 9));
    }
}
