namespace Nrn;

/// <summary>The pending events of a simulation, ordered as NEURON's TQueue orders them: the least
/// event is kept apart from a tree that holds the rest in (time, order of entering the tree); an
/// event earlier than the least one takes its place and pushes it back into the tree, behind
/// everything already there at its time. Equal times therefore come out in NEURON's order, which
/// is first-in first-out except when that displacement happened. The tree is a binary heap on
/// (time, entry number); moved events leave a stale entry behind that is skipped.</summary>
internal sealed class TimeQueue
{
    private struct Entry
    {
        public double Time;
        public long Number;
        public int Item;
    }

    private Entry[] _heap = new Entry[256];
    private int _heapCount;
    private long _entries;
    private double[] _time = new double[256];
    private long[] _number = new long[256];
    private int _least = -1;

    public void Clear()
    {
        _heapCount = 0;
        _least = -1;
    }

    public double TimeOf(int item) => _time[item];

    /// <summary>Schedules <paramref name="item"/> (an index the caller owns) at <paramref name="time"/>.</summary>
    public void Insert(int item, double time)
    {
        EnsureItem(item);
        _time[item] = time;
        _number[item] = -1;
        if (_least < 0)
        {
            _least = item;
        }
        else if (time < _time[_least])
        {
            Push(_least);
            _least = item;
        }
        else
        {
            Push(item);
        }
    }

    /// <summary>Removes and returns the least event if it is due by <paramref name="until"/>, else -1.</summary>
    public int DequeueDue(double until)
    {
        if (_least < 0 || !(_time[_least] <= until)) return -1;
        var item = _least;
        _least = PopValid();
        return item;
    }

    /// <summary>NEURON's TQueue::move: reschedules a pending item.</summary>
    public void Move(int item, double time)
    {
        if (item == _least)
        {
            _time[item] = time;
            var next = PeekValid();
            if (next >= 0 && time > _time[next])
            {
                _least = PopValid();
                Push(item);
            }
        }
        else if (time < _time[_least])
        {
            _number[item] = -1;
            _time[item] = time;
            Push(_least);
            _least = item;
        }
        else
        {
            _time[item] = time;
            Push(item);
        }
    }

    private void EnsureItem(int item)
    {
        if (item < _time.Length) return;
        var size = Math.Max(item + 1, _time.Length * 2);
        Array.Resize(ref _time, size);
        Array.Resize(ref _number, size);
    }

    private void Push(int item)
    {
        if (_heapCount == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        var entry = new Entry { Time = _time[item], Number = _entries++, Item = item };
        _number[item] = entry.Number;
        var i = _heapCount++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Before(entry, _heap[parent])) break;
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = entry;
    }

    private int PeekValid()
    {
        while (_heapCount > 0 && _number[_heap[0].Item] != _heap[0].Number) RemoveTop();
        return _heapCount > 0 ? _heap[0].Item : -1;
    }

    private int PopValid()
    {
        var item = PeekValid();
        if (item >= 0)
        {
            RemoveTop();
            _number[item] = -1;
        }
        return item;
    }

    private void RemoveTop()
    {
        var last = _heap[--_heapCount];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= _heapCount) break;
            if (child + 1 < _heapCount && Before(_heap[child + 1], _heap[child])) child++;
            if (!Before(_heap[child], last)) break;
            _heap[i] = _heap[child];
            i = child;
        }
        if (_heapCount > 0) _heap[i] = last;
    }

    private static bool Before(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Number < b.Number);
}
