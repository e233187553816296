using Nrn.Abi;

namespace Nmodl.Codegen.Backends;

/// <summary>Reads and writes of node- and ion-indexed arrays (v, area, diam, rhs, d, ion fields) in
/// one chunk of a SIMD kernel. The model builder classifies each chunk's indices
/// (<see cref="IndexClasses"/>); the kernel tests the class once per chunk and index array, and a
/// contiguous chunk (the instances of interleaved cells sit on consecutive nodes) becomes one
/// vector load or store, bounds-checked as a whole. Every other chunk keeps the per-lane path,
/// whose scatters accumulate in lane order, so point processes sharing a node add in instance
/// order as NEURON does. Both paths do the same arithmetic per lane, so results are identical.</summary>
internal sealed class ChunkIndexing(VectorShape shape)
{
    /// <summary>An indexed array of one chunk: the array, the flag saying its indices are
    /// contiguous, and the index of each lane.</summary>
    public sealed record Indexed(string Array, string Contiguous, Func<int, string> Lane);

    public const string NodesContiguous = "nodesContiguous";

    public static Indexed Node(string array) => new(array, NodesContiguous, k => $"n{k}");

    public static Indexed Ion(int ion, IonField field) =>
        new(CSharpNames.IonArray(ion, field), IonContiguous(ion), k => $"{CSharpNames.IonIndex(ion)}[i + {k}]");

    private static string IonContiguous(int ion) => $"ion{ion}Contiguous";

    private static string IonChunks(int ion) => $"ion{ion}Chunks";

    private string Chunks => $"Chunks{shape.Width}";

    private string Chunk => $"i >> {System.Numerics.BitOperations.Log2((uint)shape.Width)}";

    /// <summary>Before the chunk loop: the class arrays of the node index and of the ions used.</summary>
    public void DeclareClasses(CodeWriter w, IEnumerable<int> ions)
    {
        w.Line($"var nodeChunks = block.NodeClasses.{Chunks};");
        foreach (var ion in ions) w.Line($"var {IonChunks(ion)} = block.Ions[{ion}].Classes.{Chunks};");
    }

    /// <summary>At the top of each chunk: the lanes' nodes and whether each index array is contiguous here.</summary>
    public void DeclareChunk(CodeWriter w, IEnumerable<int> ions)
    {
        w.Line(string.Join(" ", Enumerable.Range(0, shape.Width).Select(k => $"int n{k} = nodeIndex[i + {k}];")));
        w.Line($"bool {NodesContiguous} = nodeChunks[{Chunk}] == IndexClass.Contiguous;");
        foreach (var ion in ions) w.Line($"bool {IonContiguous(ion)} = {IonChunks(ion)}[{Chunk}] == IndexClass.Contiguous;");
    }

    public string Load(Indexed a) =>
        $"({a.Contiguous} ? {shape.Name}.Create({a.Array}, {a.Lane(0)}) : {shape.Name}.Create({string.Join(", ", Lanes().Select(k => $"{a.Array}[{a.Lane(k)}]"))}))";

    /// <summary><c>a[lane] += value[lane]</c>; per lane in lane order unless contiguous.</summary>
    public void Add(CodeWriter w, Indexed a, string value)
    {
        w.Line($"if ({a.Contiguous}) ({shape.Name}.Create({a.Array}, {a.Lane(0)}) + {value}).CopyTo({a.Array}, {a.Lane(0)});");
        w.Open("else");
        foreach (var k in Lanes()) w.Line($"{a.Array}[{a.Lane(k)}] += {value}.GetElement({k});");
        w.Close();
    }

    /// <summary><c>a[lane] = value[lane]</c>; per lane in lane order (the last lane wins on a shared index) unless contiguous.</summary>
    public void Store(CodeWriter w, Indexed a, string value)
    {
        w.Line($"if ({a.Contiguous}) {value}.CopyTo({a.Array}, {a.Lane(0)});");
        w.Open("else");
        foreach (var k in Lanes()) w.Line($"{a.Array}[{a.Lane(k)}] = {value}.GetElement({k});");
        w.Close();
    }

    private IEnumerable<int> Lanes() => Enumerable.Range(0, shape.Width);
}
