using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests;

/// <summary>The index classes of vector chunks (Arbor's index constraints): the classification on
/// hand-made index arrays, and the kernels' use of it on hand-made blocks. Whole models built by the
/// runtime are in <see cref="IndexClassModelTests"/>.</summary>
public sealed class IndexClassTests
{
    [Theory]
    [InlineData(new[] { 5, 6, 7, 8 }, IndexClass.Contiguous)]
    [InlineData(new[] { 3, 3, 3, 3 }, IndexClass.Constant)]
    [InlineData(new[] { 4, 1, 9, 2 }, IndexClass.Independent)]
    [InlineData(new[] { 8, 7, 6, 5 }, IndexClass.Independent)]
    [InlineData(new[] { 0, 2, 4, 6 }, IndexClass.Independent)]
    [InlineData(new[] { 2, 2, 3, 4 }, IndexClass.None)]
    [InlineData(new[] { 1, 2, 3, 1 }, IndexClass.None)]
    [InlineData(new[] { 10, 11, 12, 13, 14, 15, 16, 17 }, IndexClass.Contiguous)]
    [InlineData(new[] { 10, 11, 12, 13, 20, 21, 22, 23 }, IndexClass.Independent)]
    [InlineData(new[] { 7, 7, 7, 7, 7, 7, 7, 7 }, IndexClass.Constant)]
    [InlineData(new[] { 7, 7, 7, 7, 8, 8, 8, 8 }, IndexClass.None)]
    public void A_chunk_is_classified_by_how_its_indices_relate(int[] lanes, IndexClass expected) =>
        Assert.Equal(expected, IndexClasses.Of(lanes));

    [Fact]
    public void Every_full_chunk_of_both_widths_is_classified_and_a_partial_one_is_not()
    {
        var classes = new IndexClasses(24);
        //                  chunk 0 (C)  chunk 1 (C)    chunk 2 (K)     chunk 3 (I)      chunk 4 (partial)
        classes.Classify([0, 1, 2, 3, 4, 5, 6, 7, 9, 9, 9, 9, 20, 3, 11, 40, 41, 42]);
        Assert.Equal([IndexClass.Contiguous, IndexClass.Contiguous, IndexClass.Constant, IndexClass.Independent, IndexClass.None, IndexClass.None], classes.Chunks4);
        Assert.Equal([IndexClass.Contiguous, IndexClass.None, IndexClass.None], classes.Chunks8);

        classes.Classify([5, 5, 5, 5]);
        Assert.Equal([IndexClass.Constant, IndexClass.None, IndexClass.None, IndexClass.None, IndexClass.None, IndexClass.None], classes.Chunks4);
        Assert.All(classes.Chunks8, c => Assert.Equal(IndexClass.None, c));
    }

    [Fact]
    public void Indices_that_do_not_fit_the_chunks_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new IndexClasses(4).Classify([0, 1, 2, 3, 4]));
        Assert.Contains("5 indices do not fit 1 chunks of 4", e.Message);
    }

    [Fact]
    public void A_block_classifies_its_node_and_ion_indices()
    {
        const int count = 12;
        var h = new Harness(Compiled(4), count, HhLike.Ions(count, 16));
        int[] nodes = [0, 1, 2, 3, 7, 7, 7, 7, 11, 8, 9, 10];
        nodes.CopyTo(h.Block.NodeIndex, 0);
        int[] sodium = [3, 2, 1, 0, 4, 5, 6, 7, 8, 9, 10, 11];
        sodium.CopyTo(h.Block.Ions[0].Index, 0);
        Assert.All(h.Block.NodeClasses.Chunks4, c => Assert.Equal(IndexClass.None, c));

        h.Block.ClassifyIndices();

        Assert.Equal([IndexClass.Contiguous, IndexClass.Constant, IndexClass.Independent, IndexClass.None], h.Block.NodeClasses.Chunks4);
        Assert.Equal([IndexClass.Independent, IndexClass.Contiguous, IndexClass.Contiguous, IndexClass.None], h.Block.Ions[0].Classes.Chunks4);
        Assert.Equal([IndexClass.Contiguous, IndexClass.Contiguous, IndexClass.Contiguous, IndexClass.None], h.Block.Ions[1].Classes.Chunks4);
        Assert.Equal([IndexClass.None, IndexClass.None], h.Block.NodeClasses.Chunks8);
        Assert.Equal([IndexClass.Independent, IndexClass.None], h.Block.Ions[0].Classes.Chunks8);
        Assert.Equal([IndexClass.Contiguous, IndexClass.None], h.Block.Ions[1].Classes.Chunks8);
    }

    /// <summary>Contiguous, constant (four instances on one node, accumulating in instance order),
    /// independent and mixed chunks in one block, node and ion indices each arranged differently,
    /// classified as the model builder does: every number equals the scalar path's.</summary>
    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void Classified_kernels_equal_the_scalar_kernels_bit_for_bit(int width)
    {
        var scalar = Run(Compiled(0), classify: false, force: null);
        var vector = Run(Compiled(width), classify: true, force: null);
        Assert.Equal(scalar.Count, vector.Count);
        for (var k = 0; k < scalar.Count; k++)
            Assert.True(BitConverter.DoubleToInt64Bits(scalar[k]) == BitConverter.DoubleToInt64Bits(vector[k]), $"output {k}: scalar {scalar[k]:R}, SIMD {vector[k]:R}");
    }

    /// <summary>The kernels do consult the classes: a chunk wrongly claimed contiguous is read as
    /// consecutive nodes, which changes the results (this is why the classes must describe the
    /// indices as they are).</summary>
    [Fact]
    public void A_chunk_claimed_contiguous_is_loaded_as_consecutive_nodes()
    {
        var honest = Run(Compiled(4), classify: true, force: null);
        var claimed = Run(Compiled(4), classify: true, force: (IndexClass[] chunks) => chunks[2] = IndexClass.Contiguous);
        Assert.NotEqual(honest, claimed);
    }

    private const int Count = 37;

    /// <summary>Nodes by chunk of 4: contiguous, contiguous, independent, constant (node 20 four
    /// times), none, contiguous at an offset, ..., and a scalar tail.</summary>
    private static readonly int[] Nodes =
    [
        0, 1, 2, 3, 4, 5, 6, 7,
        12, 9, 14, 8,
        20, 20, 20, 20,
        21, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31,
        33, 32, 35, 34, 36, 37, 38, 39,
        40,
    ];

    private static List<double> Run(MechanismDescriptor descriptor, bool classify, Action<IndexClass[]>? force)
    {
        var random = new Random(11);
        var ions = HhLike.Ions(41, 40);
        // Sodium follows the nodes; potassium is contiguous in the first half, reversed in the second.
        Nodes.CopyTo(ions[0].Index, 0);
        for (var i = 0; i < Count; i++) ions[1].Index[i] = i < 20 ? i : 20 + (Count - 1 - i);
        var h = new Harness(descriptor, Count, ions);
        var state = new CellGroupState(41, h.State.Events) { Dt = 0.025 };
        Nodes.CopyTo(h.Block.NodeIndex, 0);
        if (classify) h.Block.ClassifyIndices();
        if (force is not null)
        {
            force(h.Block.NodeClasses.Chunks4);
            force(h.Block.Ions[0].Classes.Chunks4);
        }
        for (var n = 0; n < 41; n++)
        {
            state.V[n] = -90 + 130 * random.NextDouble();
            state.Area[n] = 100;
        }
        h.Kernels.Initialize(h.Block, state);
        foreach (var s in new[] { "m", "h", "n" })
            for (var i = 0; i < Count; i++) h.Field(s)[i] = random.NextDouble();
        var outputs = new List<double>();
        for (var step = 0; step < 10; step++)
        {
            Array.Clear(state.Rhs);
            Array.Clear(state.D);
            foreach (var ion in h.Block.Ions)
            {
                Array.Clear(ion.Fields[(int)IonField.Current]);
                Array.Clear(ion.Fields[(int)IonField.DCurrentDv]);
            }
            h.Kernels.ComputeCurrent(h.Block, state);
            outputs.AddRange(state.Rhs);
            outputs.AddRange(state.D);
            foreach (var ion in h.Block.Ions)
                foreach (var f in ion.Fields) outputs.AddRange(f);
            for (var n = 0; n < 41; n++) state.V[n] += state.Rhs[n] / (state.D[n] + 40);
            h.Kernels.AdvanceState(h.Block, state);
        }
        foreach (var field in h.Block.Fields) outputs.AddRange(field.Take(Count));
        return outputs;
    }

    private static readonly Dictionary<int, MechanismDescriptor> Cache = [];

    /// <summary>The hh-like mechanism, scalar (width 0) or SIMD of the given width, compiled once.</summary>
    private static MechanismDescriptor Compiled(int width)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(width, out var descriptor))
                Cache[width] = descriptor = MechanismCompiler.CompileInMemory(HhLike.Build(),
                    width == 0 ? BackendOptions.Scalar : new BackendOptions(VectorWidth: width));
            return descriptor;
        }
    }
}
