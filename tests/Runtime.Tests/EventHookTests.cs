using Nrn.Abi;

namespace Nrn.Runtime.Tests;

/// <summary>The event system's hooks fire where NEURON handles events, and give it what it needs
/// to deliver: the sending block and instance, the kernels, the state.</summary>
public sealed class EventHookTests
{
    private sealed class Log : List<string>;

    /// <summary>A queue that logs its hooks and delivers self-events when they are due.</summary>
    private sealed class LoggingQueue(Log log, Simulation sim) : IEventQueue
    {
        private readonly List<(MechanismBlock Block, int Instance, double Time, double Flag)> _pending = [];

        public void Clear()
        {
            log.Add("clear");
            _pending.Clear();
        }

        public void AfterInitialize(CellGroupState state) => log.Add($"after-initialize t={state.T}");

        public void BeforeStep(CellGroupState state)
        {
            log.Add($"before-step t={state.T}");
            foreach (var e in _pending.Where(e => e.Time <= state.T + state.Dt / 2).ToArray())
            {
                _pending.Remove(e);
                var run = sim.Mechanisms.Single(m => m.Block == e.Block);
                run.Kernels.NetReceive(e.Block, state, e.Instance, [], e.Flag);
            }
        }

        public void AfterRecord(CellGroupState state) => log.Add($"after-record t={state.T}");

        public void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag) =>
            _pending.Add((block, instance, deliveryTime, flag));

        public void NetEvent(MechanismBlock block, int instance, double time) => throw new NotSupportedException();
        public void NetMove(MechanismBlock block, int instance, double deliveryTime) => throw new NotSupportedException();
    }

    /// <summary>An artificial cell that logs its kernel calls and sends itself an event at t = 0.05.</summary>
    private sealed class Probe(Log log) : IMechanismKernels
    {
        public void Initialize(MechanismBlock block, CellGroupState state)
        {
            log.Add($"initialize t={state.T}");
            state.Events.NetSend(block, 0, 0.05, 7);
        }

        public void ComputeCurrent(MechanismBlock block, CellGroupState state) => log.Add($"current t={state.T}");
        public void AdvanceState(MechanismBlock block, CellGroupState state) => log.Add($"state t={state.T}");

        public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag)
        {
            block.Fields[0][instance] = flag;
            log.Add($"receive flag={flag} t={state.T}");
        }

        public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }
    }

    private sealed class LoggingRecorder(Log log) : IRecorder
    {
        public void Record(Simulation simulation) => log.Add($"record t={simulation.T}");
    }

    [Fact]
    public void HooksRunInNeuronsOrderAndCanDeliver()
    {
        var log = new Log();
        var sim = new Simulation();
        sim.Register(new MechanismDescriptor("Probe", MechanismKind.ArtificialCell,
            [new RangeVariable("flag", "", VariableKind.Assigned, 0, 0)], [], [], [], 0, true, "test", () => new Probe(log)));
        var probe = sim.ArtificialCell("Probe");
        sim.EventQueue = new LoggingQueue(log, sim);
        sim.AddRecorder(new LoggingRecorder(log));
        sim.Dt = 0.25;
        sim.FInitialize(-65);
        sim.FAdvance();
        Assert.Equal(
        [
            "clear", "initialize t=0", "after-initialize t=0", "current t=0", "record t=0", "after-record t=0",
            "before-step t=0", "receive flag=7 t=0", "current t=0.125", "state t=0.25", "record t=0.25", "after-record t=0.25",
        ], log);
        Assert.Equal(7, probe["flag"]);
        Assert.Equal(0, probe.Placement.Instance);
        Assert.Same(sim.Mechanisms[0].Block, probe.Placement.Block);
    }
}
