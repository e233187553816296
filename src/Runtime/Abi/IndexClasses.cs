namespace Nrn.Abi;

/// <summary>How the indices of one vector chunk of instances (4 or 8 consecutive instances) relate
/// (Arbor's index constraints). Only <see cref="Contiguous"/> changes what the SIMD kernels do
/// (plain vector loads and stores instead of per-lane gathers and scatters); the others keep the
/// per-lane path, which accumulates shared nodes in instance order as NEURON does.</summary>
public enum IndexClass : byte
{
    /// <summary>Not classified, or some lanes share an index and some do not.</summary>
    None = 0,

    /// <summary>Lane k holds the first lane's index + k.</summary>
    Contiguous = 1,

    /// <summary>Every lane holds the same index (point processes on one node).</summary>
    Constant = 2,

    /// <summary>Distinct indices, not consecutive.</summary>
    Independent = 3,
}

/// <summary>The <see cref="IndexClass"/> of every full chunk of one per-instance index array, for
/// both vector widths: chunk c of width w covers instances <c>c*w .. c*w+w-1</c>. Filled by
/// <see cref="Classify"/> once the indices are final (the model builder does it); until then every
/// chunk is <see cref="IndexClass.None"/>, which is always safe.</summary>
public sealed class IndexClasses
{
    public IndexClasses(int capacity)
    {
        Chunks4 = new IndexClass[(capacity + 3) / 4];
        Chunks8 = new IndexClass[(capacity + 7) / 8];
    }

    /// <summary>Per chunk of 4 instances (a <c>Vector256&lt;double&gt;</c>).</summary>
    public IndexClass[] Chunks4 { get; }

    /// <summary>Per chunk of 8 instances (a <c>Vector512&lt;double&gt;</c>).</summary>
    public IndexClass[] Chunks8 { get; }

    /// <summary>Classifies the full chunks of <paramref name="index"/> (the live instances' indices);
    /// a partial last chunk, run by the scalar tail, stays <see cref="IndexClass.None"/>.</summary>
    public void Classify(ReadOnlySpan<int> index)
    {
        Fill(Chunks4, index, 4);
        Fill(Chunks8, index, 8);
    }

    private static void Fill(IndexClass[] chunks, ReadOnlySpan<int> index, int width)
    {
        if (index.Length > chunks.Length * width)
            throw new ArgumentException($"{index.Length} indices do not fit {chunks.Length} chunks of {width}", nameof(index));
        Array.Clear(chunks);
        for (var c = 0; (c + 1) * width <= index.Length; c++) chunks[c] = Of(index.Slice(c * width, width));
    }

    /// <summary>The class of one chunk's indices.</summary>
    public static IndexClass Of(ReadOnlySpan<int> lanes)
    {
        bool contiguous = true, constant = true;
        for (var k = 1; k < lanes.Length; k++)
        {
            contiguous &= lanes[k] == lanes[0] + k;
            constant &= lanes[k] == lanes[0];
        }
        if (contiguous) return IndexClass.Contiguous;
        if (constant) return IndexClass.Constant;
        for (var k = 1; k < lanes.Length; k++)
            if (lanes[..k].Contains(lanes[k])) return IndexClass.None;
        return IndexClass.Independent;
    }
}
