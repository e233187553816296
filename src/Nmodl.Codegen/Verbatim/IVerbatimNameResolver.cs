using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// Maps names that VERBATIM C borrows from NEURON's generated C (mechanism variables, `_l` locals of the
/// enclosing FUNCTION, t, dt, v, FUNCTIONs of the mod file...) to the C# storage the code generator chose.
/// Names it does not know are reported by the translator.
/// </summary>
public interface IVerbatimNameResolver
{
    /// <summary>The C# expression for a variable, or null when the name is unknown.</summary>
    VerbatimName? ResolveVariable(string cName);

    /// <summary>The C# method for a function, or null when the name is unknown.</summary>
    VerbatimFunction? ResolveFunction(string cName);
}

/// <summary>A variable as C# code reaches it: the expression, its C type, and whether C may assign it.</summary>
public sealed record VerbatimName(string CSharp, CType Type, bool IsAssignable = true)
{
    /// <summary>For <c>_p_name</c> of a POINTER: a C# test that is true when the POINTER is connected (NEURON's
    /// setpointer), which C's null test of <c>_p_name</c> sees as well as an object kept there.</summary>
    public string? Connected { get; init; }
}

/// <summary>A function as C# code calls it, with the C types of its result and parameters.
/// <see cref="LeadingArguments"/> are C# arguments passed before the C ones (a mechanism's FUNCTION
/// method takes its instance first: <c>block, state, i, v</c>).</summary>
public sealed record VerbatimFunction(string CSharp, CType ReturnType, IReadOnlyList<CType> Parameters)
{
    public string LeadingArguments { get; init; } = "";
}
