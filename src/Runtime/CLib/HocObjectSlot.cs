namespace Nrn.CLib;

/// <summary>The object a mechanism instance keeps in a POINTER with NEURON's VERBATIM idiom
/// (<c>_p_donotuse = (double*)nrn_random_arg(1)</c>): a Random, a Random123 stream or a Vector. The slot
/// belongs to the point process or artificial cell, so the object survives a rebuild of the model.</summary>
public sealed class HocObjectSlot
{
    public object? Value { get; set; }
}
