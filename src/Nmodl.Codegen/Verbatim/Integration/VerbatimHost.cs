namespace Nmodl.Codegen.Verbatim;

/// <summary>Where the C# of a statement-level VERBATIM block ends up, which decides what its C
/// <c>return</c> can mean.</summary>
public enum VerbatimHost
{
    /// <summary>A FUNCTION's method: <c>return x;</c> gives the function's value.</summary>
    Function,

    /// <summary>A PROCEDURE's method: NEURON's C returns int (0 for success), our method a double.</summary>
    Procedure,

    /// <summary>A method run once per call (NET_RECEIVE and its INITIAL): <c>return;</c> leaves it.</summary>
    Method,

    /// <summary>The body of a loop over instances (INITIAL, BREAKPOINT, BEFORE/AFTER): NEURON runs it in
    /// a C function per instance, so only a <c>return</c> at the very end of the NMODL block keeps its meaning.</summary>
    Kernel,
}
