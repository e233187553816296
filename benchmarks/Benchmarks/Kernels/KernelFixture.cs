using Nmodl.Codegen;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nrn.Abi;

namespace Benchmarks.Kernels;

/// <summary>One block of a compiled mechanism on its own cell group: instance i on node i (and on
/// ion entry i), random voltages in [-80, 20] mV, default parameters, initialized.</summary>
internal sealed class KernelFixture
{
    public KernelFixture(MechanismDescriptor descriptor, int instances)
    {
        State = new CellGroupState(instances, new NoEvents());
        var random = new Random(1);
        for (var i = 0; i < instances; i++) State.V[i] = -80 + 60 * random.NextDouble();
        Array.Fill(State.Area, 100.0);
        var ions = descriptor.Ions.Select(use =>
        {
            var fields = Enumerable.Range(0, 5).Select(_ => new double[instances]).ToArray();
            Array.Fill(fields[(int)IonField.Erev], use.Ion == "na" ? 50.0 : -77.0);
            return new IonBinding(fields, [.. Enumerable.Range(0, instances)], use.Valence ?? 1);
        }).ToArray();
        var globals = new double[descriptor.GlobalCount];
        foreach (var g in descriptor.Globals) globals[g.Index] = g.Default;
        Block = new MechanismBlock(descriptor, instances, ions, globals);
        for (var i = 0; i < instances; i++) Block.NodeIndex[i] = i;
        foreach (var r in descriptor.Range) Array.Fill(Block.Fields[r.Field], r.Default, 0, instances);
        Kernels = descriptor.CreateKernels();
        Kernels.Initialize(Block, State);
    }

    public CellGroupState State { get; }
    public MechanismBlock Block { get; }
    public IMechanismKernels Kernels { get; }

    /// <summary>Compiles mod/&lt;name&gt;.mod, or <paramref name="text"/> when given.</summary>
    public static MechanismDescriptor Compile(string name, BackendOptions options, string? text = null)
    {
        var bound = text is null ? ModFrontEnd.LowerFile(Path.Combine(RepositoryRoot(), "mod", name + ".mod")) : ModFrontEnd.LowerText(text, name + ".mod");
        if (bound.HasErrors) throw new InvalidOperationException(string.Join("\n", bound.Diagnostics));
        return MechanismCompiler.CompileInMemory(bound.Mechanism!, options);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NeuronSharp.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NeuronSharp.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class NoEvents : IEventSink
    {
        public void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag) { }

        public void NetEvent(MechanismBlock block, int instance, double time) { }

        public void NetMove(MechanismBlock block, int instance, double deliveryTime) { }
    }
}
