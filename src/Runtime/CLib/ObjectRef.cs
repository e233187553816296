using System.Runtime.CompilerServices;

namespace Nrn.CLib;

/// <summary>
/// What VERBATIM code's <c>void**</c> points at: where a NEURON object is kept. Either a POINTER's slot
/// (<c>(void**)(&amp;_p_name)</c>) or a double variable that NEURON code uses to hold a pointer
/// (<c>(void**)(&amp;space)</c> in VecStim): the double then holds a handle of <see cref="HocObjects"/>,
/// so it is copied with the mechanism's other values and the object is found again.
/// </summary>
public ref struct ObjectRef
{
    private readonly HocObjectSlot? _slot;
    private ref double _cell;

    public ObjectRef(HocObjectSlot slot) => _slot = slot;

    public ObjectRef(ref double cell) => _cell = ref cell;

    /// <summary><c>*pv</c>.</summary>
    public object? Value
    {
        readonly get => _slot is not null ? _slot.Value : HocObjects.Lookup(Cell);
        set
        {
            if (_slot is not null) _slot.Value = value;
            else Cell = HocObjects.Store(value);
        }
    }

    private readonly ref double Cell
    {
        get
        {
            if (Unsafe.IsNullRef(ref _cell)) throw new InvalidOperationException("a void** of VERBATIM code was used before it was set");
            return ref _cell;
        }
    }
}
