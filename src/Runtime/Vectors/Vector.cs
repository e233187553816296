using System.Collections;

namespace Nrn;

/// <summary>NEURON's <c>h.Vector</c>: a growable array of doubles that can record a model variable.
/// <see cref="AsSpan"/> and <see cref="AsMemory"/> share its storage without copying (NEURON's
/// <c>as_numpy()</c>); such a view stays valid until the vector grows past its capacity or is resized.</summary>
public sealed partial class Vector : IReadOnlyList<double>
{
    private double[] _items;
    private int _count;

    /// <summary>An empty vector (<c>h.Vector()</c>).</summary>
    public Vector() => _items = [];

    /// <summary><paramref name="size"/> elements, each <paramref name="fill"/> (<c>h.Vector(size, init)</c>).</summary>
    public Vector(int size, double fill = 0)
    {
        CheckSize(size, "Vector(size)");
        _items = new double[size];
        _count = size;
        if (fill != 0 || double.IsNegative(fill)) Array.Fill(_items, fill);
    }

    /// <summary>A copy of <paramref name="values"/> (<c>h.Vector(python_iterable)</c>).</summary>
    public Vector(ReadOnlySpan<double> values)
    {
        _items = values.ToArray();
        _count = values.Length;
    }

    /// <summary>A copy of <paramref name="values"/>.</summary>
    public Vector(double[] values) : this(new ReadOnlySpan<double>(values ?? throw new ArgumentNullException(nameof(values))))
    {
    }

    /// <summary>A copy of <paramref name="values"/>.</summary>
    public Vector(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _items = values is Vector vector ? vector.ToArray() : [.. values];
        _count = _items.Length;
    }

    /// <summary>Python's <c>range(start, stop, step)</c> as a vector: <c>Vector.Range(0, 5)</c> is
    /// <c>h.Vector(range(5))</c>, i.e. 0, 1, 2, 3, 4.</summary>
    public static Vector Range(int start, int stop, int step = 1)
    {
        if (step == 0) throw new ArgumentOutOfRangeException(nameof(step), step, "Vector.Range: step must not be zero");
        var span = step > 0 ? (long)stop - start : (long)start - stop;
        var magnitude = Math.Abs((long)step);
        var count = span <= 0 ? 0 : (span + magnitude - 1) / magnitude;
        var vector = new Vector((int)count);
        for (var i = 0; i < vector._count; i++) vector._items[i] = start + (long)i * step;
        return vector;
    }

    /// <summary>Number of elements (NEURON's <c>size()</c>, Python's <c>len(vec)</c>).</summary>
    public int Count => _count;

    /// <summary>Elements the storage holds before it has to grow.</summary>
    public int Capacity => _items.Length;

    public double this[int index]
    {
        get
        {
            CheckIndex(index);
            return _items[index];
        }
        set
        {
            CheckIndex(index);
            _items[index] = value;
        }
    }

    /// <summary>The elements in place (NEURON's <c>as_numpy()</c>): writes through the span change
    /// the vector. Valid until the vector grows beyond <see cref="Capacity"/> or is resized.</summary>
    public Span<double> AsSpan() => _items.AsSpan(0, _count);

    /// <summary>The elements in place as <see cref="Memory{T}"/> (storable, unlike a span); same
    /// validity as <see cref="AsSpan"/>.</summary>
    public Memory<double> AsMemory() => _items.AsMemory(0, _count);

    /// <summary>A copy of the elements.</summary>
    public double[] ToArray() => AsSpan().ToArray();

    /// <summary>Appends one value; returns this vector so calls chain, as NEURON's <c>append</c>.</summary>
    public Vector Append(double value)
    {
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = value;
        return this;
    }

    /// <summary>Appends values.</summary>
    public Vector Append(ReadOnlySpan<double> values)
    {
        EnsureCapacity(_count + values.Length);
        values.CopyTo(_items.AsSpan(_count));
        _count += values.Length;
        return this;
    }

    /// <summary>Appends the elements of <paramref name="other"/> (which may be this vector).</summary>
    public Vector Append(Vector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var count = other._count;
        EnsureCapacity(_count + count);
        Array.Copy(other._items, 0, _items, _count, count);
        _count += count;
        return this;
    }

    /// <summary>Appends values.</summary>
    public Vector Append(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values) Append(value);
        return this;
    }

    /// <summary>Sets the size (NEURON's <c>resize</c>): new elements are 0, as in NEURON.</summary>
    public Vector Resize(int size)
    {
        CheckSize(size, "Vector.Resize");
        EnsureCapacity(size);
        if (size > _count) Array.Clear(_items, _count, size - _count);
        _count = size;
        return this;
    }

    /// <summary>Every element becomes <paramref name="value"/> (NEURON's <c>fill</c>).</summary>
    public Vector Fill(double value)
    {
        AsSpan().Fill(value);
        return this;
    }

    /// <summary>Size 0, capacity kept (NEURON's <c>resize(0)</c>).</summary>
    public Vector Clear()
    {
        _count = 0;
        return this;
    }

    /// <summary>Makes room for <paramref name="capacity"/> elements so appending up to there allocates nothing.</summary>
    public void EnsureCapacity(int capacity)
    {
        CheckSize(capacity, "Vector.EnsureCapacity");
        if (capacity > _items.Length) Grow(capacity);
    }

    private void Grow(int needed)
    {
        var capacity = Math.Max(needed, (int)Math.Min(Array.MaxLength, Math.Max(16L, 2L * _items.Length)));
        Array.Resize(ref _items, capacity);
    }

    public IEnumerator<double> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Size, not NEURON's object name: <c>Vector with 3 elements</c>.</summary>
    public override string ToString() => $"Vector with {_count} element{(_count == 1 ? "" : "s")}";

    private void CheckIndex(int index)
    {
        if ((uint)index >= (uint)_count)
            throw new ArgumentOutOfRangeException(nameof(index), index,
                _count == 0 ? $"Vector index {index}: the vector is empty" : $"Vector index {index} is outside 0..{_count - 1}");
    }

    private static void CheckSize(int size, string where)
    {
        if (size < 0) throw new ArgumentOutOfRangeException(nameof(size), size, $"{where}: size must not be negative, got {size}");
    }
}
