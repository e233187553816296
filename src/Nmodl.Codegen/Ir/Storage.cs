namespace Nmodl.Codegen.Ir;

/// <summary>Where a variable lives at run time. Every variable reference in the IR names its
/// storage explicitly so that passes and backends never look names up.</summary>
public enum Storage
{
    /// <summary>Per-instance RANGE field: <c>block.Fields[Index][i]</c>.</summary>
    Range,
    /// <summary>Per-mechanism GLOBAL: <c>block.Globals[Index]</c>.</summary>
    Global,
    /// <summary>A field of an ion species: <c>block.Ions[Index].Fields[IonField][Ions[Index].Index[i]]</c>.</summary>
    Ion,
    /// <summary>The membrane potential of the instance's node (a per-instance local copy, as NEURON's <c>v = _v</c>).</summary>
    Voltage,
    /// <summary>A LOCAL variable of a block or function.</summary>
    Local,
    /// <summary>An argument of a FUNCTION/PROCEDURE or of NET_RECEIVE (Index = position).</summary>
    Argument,
    /// <summary>The target of a POINTER variable (Index = pointer number).</summary>
    Pointer,
    /// <summary>The <c>flag</c> of a NET_RECEIVE call.</summary>
    Flag,
    Time,
    Dt,
    Celsius,
    /// <summary>Membrane area of the instance's node, um2.</summary>
    Area,
    /// <summary>Diameter of the instance's node, um.</summary>
    Diam,
    /// <summary>The node's right-hand side (write-only, accumulated).</summary>
    NodeRhs,
    /// <summary>The node's diagonal (write-only, accumulated).</summary>
    NodeD,
    /// <summary>The value a state had before the current implicit step (Index = its position in the system).</summary>
    Saved,
}
