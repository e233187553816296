namespace Nrn.CLib;

/// <summary>
/// NEURON's C functions on objects that VERBATIM code keeps in a POINTER (<c>_p_name</c>) or receives from a
/// script: Random (<see cref="NrnRandom"/>), Random123 streams (<see cref="Random123Stream"/>) and Vectors.
/// A wrong kind of object is an error naming the function and what it got.
/// </summary>
public static class HocObjects
{
    /// <summary><c>nrn_random_pick(r)</c>: another draw from r's distribution; 0.5 without a Random, as in NEURON.</summary>
    public static double RandomPick(object? random) => random is null ? 0.5 : Random(random, "nrn_random_pick").Repick();

    /// <summary><c>nrn_random_reset(r)</c>.</summary>
    public static void RandomReset(object? random)
    {
        if (random is not null) Random(random, "nrn_random_reset").Reset();
    }

    /// <summary><c>nrn_get_random_sequence(r)</c>: the next high index of an MCellRan4 Random.</summary>
    public static long GetRandomSequence(object? random) =>
        Random(random, "nrn_get_random_sequence").Generator is MCellRan4Generator m ? m.High
            : throw new InvalidOperationException("nrn_get_random_sequence needs a Random whose generator is MCellRan4");

    /// <summary><c>nrn_set_random_sequence(r, seq)</c>.</summary>
    public static void SetRandomSequence(object? random, long sequence)
    {
        if (Random(random, "nrn_set_random_sequence").Generator is not MCellRan4Generator m)
            throw new InvalidOperationException("nrn_set_random_sequence needs a Random whose generator is MCellRan4");
        m.High = unchecked((uint)sequence);
    }

    public static object NewStream(uint id1, uint id2) => new Random123Stream(id1, id2);

    public static object NewStream3(uint id1, uint id2, uint id3) => new Random123Stream(id1, id2, id3);

    /// <summary><c>nrnran123_deletestream</c>: nothing to free here.</summary>
    public static void DeleteStream(object? stream) => Stream(stream, "nrnran123_deletestream");

    public static double StreamDouble(object? stream) => Stream(stream, "nrnran123_dblpick").NextDouble();

    public static double StreamNegexp(object? stream) => Stream(stream, "nrnran123_negexp").NextNegexp();

    public static double StreamNormal(object? stream) => Stream(stream, "nrnran123_normal").NextNormal();

    public static uint StreamUInt32(object? stream) => Stream(stream, "nrnran123_ipick").NextUInt32();

    public static void StreamSetSequence(object? stream, uint sequence, int which) => Stream(stream, "nrnran123_setseq").SetSequence(sequence, which);

    public static void SetGlobalIndex(uint index) => Random123Stream.GlobalIndex = index;

    public static uint GetGlobalIndex() => Random123Stream.GlobalIndex;

    public static void McellRan4Init(uint low) => MCellRan4.LowIndex = low;

    /// <summary><c>mcell_ran4(&amp;high, x, n, range)</c>: n draws times range into x on the global low index; the first.</summary>
    public static double McellRan4(Span<uint> high, Span<double> values, uint count, double range) =>
        MCellRan4.Fill(ref high[0], values[..(int)count], range);

    /// <summary><c>mcell_ran4a(&amp;high)</c>: one draw on the global low index.</summary>
    public static double McellRan4a(Span<uint> high) => MCellRan4.NextDouble(ref high[0], MCellRan4.LowIndex);

    /// <summary><c>vector_capacity(v)</c>: NEURON's name for the number of elements.</summary>
    public static int VectorSize(object? vector) => Vector(vector, "vector_capacity").Count;

    /// <summary><c>vector_vec(v)</c>: the elements, writable in place.</summary>
    public static Span<double> VectorData(object? vector) => Vector(vector, "vector_vec").AsSpan();

    /// <summary><c>vector_new1(n)</c>: a new Vector of n zeros.</summary>
    public static object VectorNew(int size) => new Vector(size);

    /// <summary><c>vector_resize(v, n)</c>.</summary>
    public static void VectorResize(object? vector, int size) => Vector(vector, "vector_resize").Resize(size);

    private static readonly List<object> Stored = [];
    private static readonly Dictionary<object, int> Handles = new(ReferenceEqualityComparer.Instance);

    /// <summary>The handle (1, 2, ...) under which a double keeps <paramref name="value"/> for VERBATIM code (0 for none).
    /// Objects stored this way stay alive for the rest of the process, as NEURON leaves them to the script.</summary>
    public static double Store(object? value)
    {
        if (value is null) return 0;
        lock (Stored)
        {
            if (!Handles.TryGetValue(value, out var handle))
            {
                Stored.Add(value);
                handle = Stored.Count;
                Handles[value] = handle;
            }
            return handle;
        }
    }

    /// <summary>The object a double holds (see <see cref="Store"/>); null for 0.</summary>
    public static object? Lookup(double handle)
    {
        if (handle == 0) return null;
        lock (Stored)
        {
            return handle == Math.Floor(handle) && handle >= 1 && handle <= Stored.Count
                ? Stored[(int)handle - 1]
                : throw new InvalidOperationException($"{handle} does not hold an object (VERBATIM code read a double as a void* that no void** had set)");
        }
    }

    private static NrnRandom Random(object? value, string function) => value as NrnRandom ?? throw Wrong(function, "Random", value);

    private static Random123Stream Stream(object? value, string function) => value as Random123Stream ?? throw Wrong(function, "Random123 stream", value);

    private static Vector Vector(object? value, string function) => value as Vector ?? throw Wrong(function, "Vector", value);

    private static InvalidOperationException Wrong(string function, string expected, object? value) =>
        new($"{function} needs a {expected}, not {(value is null ? "a null pointer" : "a " + value.GetType().Name)}");
}
