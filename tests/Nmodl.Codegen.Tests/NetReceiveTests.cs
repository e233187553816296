using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;
using static Nmodl.Codegen.Tests.Support.MechanismBuilder;

namespace Nmodl.Codegen.Tests;

/// <summary>NET_RECEIVE and its INITIAL: weights in, state updated, events out through the sink.</summary>
public sealed class NetReceiveTests
{
    [Fact]
    public void Weight_is_added_and_self_events_go_to_the_event_sink()
    {
        var (h, events) = Synapse();
        h.State.T = 10;
        h.Kernels.NetReceive(h.Block, h.State, 1, new double[] { 0.5, 0 }, 0);
        Assert.Equal(0.5, h.Field("g")[1]);
        Assert.Equal(0.0, h.Field("g")[0]);
        Assert.Equal(("send", 1, 11.5, 2.0), Assert.Single(events.Calls));

        h.Kernels.NetReceive(h.Block, h.State, 1, new double[] { 0.5, 0 }, 2);
        Assert.Equal(0.5, h.Field("g")[1]);
        Assert.Equal(("event", 1, 10.0, 0.0), events.Calls[1]);
    }

    [Fact]
    public void Initial_block_of_NET_RECEIVE_writes_the_NetCon_arguments()
    {
        var (h, _) = Synapse();
        h.State.T = 3;
        var arguments = new double[] { 0.5, 99 };
        h.Kernels.InitializeNetReceive(h.Block, h.State, 0, arguments);
        Assert.Equal([0.5, 3.0], arguments);
    }

    [Fact]
    public void A_mechanism_without_NET_RECEIVE_says_so()
    {
        var m = new MechanismBuilder("plain");
        m.Range("x", VariableKind.State);
        var h = new Harness(MechanismCompiler.CompileInMemory(new MechanismIr(m.Info()), BackendOptions.Scalar), 1);
        var error = Assert.Throws<InvalidOperationException>(() => h.Kernels.NetReceive(h.Block, h.State, 0, new double[1], 0));
        Assert.Contains("'plain' has no NET_RECEIVE", error.Message);
    }

    private static (Harness, RecordingEvents) Synapse()
    {
        var m = new MechanismBuilder("esyn", MechanismKind.PointProcess);
        var g = m.Range("g", VariableKind.State);
        var weight = VarRef.Argument("weight", 0);
        var last = VarRef.Argument("tlast", 1);
        var ir = new MechanismIr(m.Info(netReceiveArguments: 2))
        {
            NetReceive = Body(
                new If(new Binary(BinaryOp.Equal, VarRef.Flag, 0.0),
                    Body(Set(g, (Expr)g + weight), new NetSend(1.5, 2.0)),
                    Body(new NetEvent(VarRef.T)))),
            NetReceiveInitial = Body(Set(last, VarRef.T)),
        };
        var h = new Harness(MechanismCompiler.CompileInMemory(ir, BackendOptions.Scalar), 3);
        return (h, (RecordingEvents)h.State.Events);
    }
}
