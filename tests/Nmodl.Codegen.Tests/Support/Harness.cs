using Nrn.Abi;

namespace Nmodl.Codegen.Tests.Support;

/// <summary>A cell group of <c>nodes</c> nodes with one block of a compiled mechanism, one instance per node.</summary>
public sealed class Harness
{
    public Harness(MechanismDescriptor descriptor, int count, IonBinding[]? ions = null, double dt = 0.025)
    {
        State = new CellGroupState(Math.Max(count, 1), new RecordingEvents()) { Dt = dt };
        Array.Fill(State.V, -65.0);
        Array.Fill(State.Area, 100.0);
        Array.Fill(State.Diam, 1.0);
        var globals = new double[descriptor.GlobalCount];
        foreach (var g in descriptor.Globals) globals[g.Index] = g.Default;
        Block = new MechanismBlock(descriptor, count, ions ?? [], globals);
        for (var i = 0; i < count; i++) Block.NodeIndex[i] = i;
        foreach (var r in descriptor.Range) Array.Fill(Block.Fields[r.Field], r.Default, 0, count);
        Kernels = descriptor.CreateKernels();
    }

    public CellGroupState State { get; }
    public MechanismBlock Block { get; }
    public IMechanismKernels Kernels { get; }

    public double[] Field(string name) => Block.Fields[Block.Descriptor.Range.Single(r => r.Name == name).Field];

    public ref double Global(string name) => ref Block.Globals[Block.Descriptor.Globals.Single(g => g.Name == name).Index];
}

public sealed class RecordingEvents : IEventSink
{
    public List<(string Kind, int Instance, double Time, double Flag)> Calls { get; } = [];

    public void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag) => Calls.Add(("send", instance, deliveryTime, flag));

    public void NetEvent(MechanismBlock block, int instance, double time) => Calls.Add(("event", instance, time, 0));

    public void NetMove(MechanismBlock block, int instance, double deliveryTime) => Calls.Add(("move", instance, deliveryTime, 0));
}
