using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests;

/// <summary>Index classes of models built by the runtime: eight equal cells (an hh soma and a
/// 10-segment pas dendrite) with IClamps placed so that their chunks are constant (four on one
/// node, different amplitudes, so the order of their sums shows), contiguous (on the somas of
/// four interleaved cells) and mixed. The classes the model builder hands the kernels are checked
/// against the node numbering of both layouts (runtime.md: interleaved groups, plain cells), and
/// the SIMD kernels of mod/'s pas, IClamp and hh must give the scalar kernels' voltages and states
/// bit for bit.</summary>
public sealed class IndexClassModelTests
{
    private const IndexClass C = IndexClass.Contiguous;
    private const IndexClass K = IndexClass.Constant;
    private const IndexClass I = IndexClass.Independent;
    private const IndexClass N = IndexClass.None;

    [Fact]
    public void Interleaved_cells_give_contiguous_chunks()
    {
        var blocks = new Dictionary<string, MechanismBlock>();
        Simulate(Mechanisms(4), interleave: true, blocks, steps: 0);
        // One group of 8 lanes: node k of cell l is First + 8k + l, and so are the instances of a
        // section every cell has.
        Assert.Equal(Enumerable.Repeat(C, 20), blocks["pas"].NodeClasses.Chunks4);
        Assert.Equal(Enumerable.Repeat(C, 10), blocks["pas"].NodeClasses.Chunks8);
        Assert.Equal([C, C], blocks["hh"].NodeClasses.Chunks4);
        Assert.Equal([C], blocks["hh"].NodeClasses.Chunks8);
        foreach (var ion in blocks["hh"].Ions) Assert.Equal([C, C], ion.Classes.Chunks4);
        Assert.Equal([K, C, N, N], blocks["IClamp"].NodeClasses.Chunks4);
        Assert.Equal([N, N], blocks["IClamp"].NodeClasses.Chunks8);
    }

    [Fact]
    public void Plain_cells_give_contiguous_chunks_inside_a_cell_only()
    {
        var blocks = new Dictionary<string, MechanismBlock>();
        Simulate(Mechanisms(4), interleave: false, blocks, steps: 0);
        // 14 nodes per cell (root, soma, soma's 1-end, 10 dendrite segments, dendrite's 1-end):
        // dendrite segment j of cell c is node 14c + 3 + j, instance 10c + j.
        Assert.Equal(Enumerable.Repeat<IndexClass[]>([C, C, I, C, C], 4).SelectMany(x => x), blocks["pas"].NodeClasses.Chunks4);
        Assert.Equal(Enumerable.Repeat<IndexClass[]>([C, I, I, I, C], 2).SelectMany(x => x), blocks["pas"].NodeClasses.Chunks8);
        Assert.Equal([I, I], blocks["hh"].NodeClasses.Chunks4);
        // The ions are stored section by section whatever the layout: the somas' entries are consecutive.
        foreach (var ion in blocks["hh"].Ions) Assert.Equal([C, C], ion.Classes.Chunks4);
        Assert.Equal([K, I, N, N], blocks["IClamp"].NodeClasses.Chunks4);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(4, false)]
    [InlineData(8, true)]
    [InlineData(8, false)]
    public void Simd_kernels_give_the_scalar_kernels_numbers_bit_for_bit(int width, bool interleave)
    {
        var scalar = Simulate(Mechanisms(0), interleave, [], Steps);
        var simd = Simulate(Mechanisms(width), interleave, [], Steps);
        Assert.Equal(scalar.Count, simd.Count);
        for (var k = 0; k < scalar.Count; k++)
            Assert.True(BitConverter.DoubleToInt64Bits(scalar[k]) == BitConverter.DoubleToInt64Bits(simd[k]),
                $"value {k} of {scalar.Count}: scalar {scalar[k]:R}, SIMD {simd[k]:R}");
    }

    private const int Cells = 8;
    private const int Steps = 240;

    /// <summary>Runs the model for <paramref name="steps"/> steps after finitialize and returns every
    /// segment's voltage after each step, then the final hh states and IClamp currents;
    /// <paramref name="blocks"/> receives the block each mechanism's kernels were initialized with.</summary>
    private static List<double> Simulate(IReadOnlyList<MechanismDescriptor> mechanisms, bool interleave, Dictionary<string, MechanismBlock> blocks, int steps)
    {
        var sim = new Simulation(new MechanismRegistry());
        foreach (var d in mechanisms) sim.Register(d with { CreateKernels = () => new Spy(d.CreateKernels(), blocks, d.Name) });
        sim.InterleaveCells = interleave;
        var somas = new List<Section>();
        var dendrites = new List<Section>();
        for (var c = 0; c < Cells; c++)
        {
            var soma = sim.Section($"soma_{c}");
            soma.L = 20;
            soma.Diam = 20;
            soma.Insert("hh");
            var dend = sim.Section($"dend_{c}");
            dend.L = 300;
            dend.Diam = 2;
            dend.Nseg = 10;
            dend.Insert("pas");
            dend.Connect(soma[1]);
            somas.Add(soma);
            dendrites.Add(dend);
        }
        var stimuli = new List<PointProcess>();
        void Stimulus(Segment at, double amp)
        {
            var stim = sim.PointProcess("IClamp", at);
            stim["del"] = 0.5;
            stim["dur"] = 3;
            stim["amp"] = amp;
            stimuli.Add(stim);
        }
        foreach (var amp in new[] { 0.011, 0.023, 0.037, 0.041 }) Stimulus(dendrites[0][0.35], amp);
        for (var c = 0; c < 4; c++) Stimulus(somas[c][0.5], 0.3 + 0.1 * c);
        foreach (var c in new[] { 4, 4, 5, 6 }) Stimulus(somas[c][0.5], 0.25 + 0.05 * c);
        Stimulus(somas[7][0.5], 0.5);

        sim.FInitialize(-65);
        var segments = somas.Concat(dendrites).SelectMany(s => s.Segments()).ToArray();
        var values = new List<double>();
        for (var step = 0; step < steps; step++)
        {
            sim.FAdvance();
            values.AddRange(segments.Select(s => s.V));
        }
        foreach (var soma in somas)
            foreach (var state in new[] { "m", "h", "n" }) values.Add(soma[0.5].Mech("hh")[state]);
        values.AddRange(stimuli.Select(s => s["i"]));
        return values;
    }

    private static readonly Dictionary<int, IReadOnlyList<MechanismDescriptor>> Cache = [];

    /// <summary>pas, IClamp and hh of mod/ (in NEURON's type order), scalar (width 0) or SIMD of the
    /// given width, compiled once.</summary>
    private static IReadOnlyList<MechanismDescriptor> Mechanisms(int width)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(width, out var found)) return found;
            var irs = new[] { "pas", "IClamp", "hh" }.Select(name =>
            {
                var bound = ModFrontEnd.LowerFile(Path.Combine(Paths.RepositoryRoot, "mod", name + ".mod"));
                Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
                return bound.Mechanism!;
            }).ToList();
            var options = width == 0 ? BackendOptions.Scalar : new BackendOptions(VectorWidth: width);
            var descriptors = MechanismCompiler.CompileInMemory(irs, options, $"index_classes_{width}");
            return Cache[width] = [.. new[] { "pas", "IClamp", "hh" }.Select(n => descriptors.Single(d => d.Name == n))];
        }
    }

    /// <summary>Forwards to a mechanism's kernels and remembers the block they run on.</summary>
    private sealed class Spy(IMechanismKernels inner, Dictionary<string, MechanismBlock> blocks, string name) : IMechanismKernels
    {
        public void Initialize(MechanismBlock block, CellGroupState state)
        {
            blocks[name] = block;
            inner.Initialize(block, state);
        }

        public void ComputeCurrent(MechanismBlock block, CellGroupState state) => inner.ComputeCurrent(block, state);

        public void AdvanceState(MechanismBlock block, CellGroupState state) => inner.AdvanceState(block, state);

        public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
            inner.NetReceive(block, state, instance, arguments, flag);

        public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) =>
            inner.InitializeNetReceive(block, state, instance, arguments);

        public void BeforeAfter(MechanismBlock block, CellGroupState state, BeforeAfterTiming timing) => inner.BeforeAfter(block, state, timing);
    }
}
