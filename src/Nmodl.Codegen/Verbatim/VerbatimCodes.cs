namespace Nmodl.Codegen.Verbatim;

/// <summary>The stable codes of VERBATIM diagnostics (range NMODL0800-NMODL0899).</summary>
public static class VerbatimCodes
{
    /// <summary>The C text does not follow C syntax (expected X, found Y).</summary>
    public const string Syntax = "NMODL0800";

    /// <summary>A preprocessor directive is malformed, unknown, or its #if nesting is unbalanced.</summary>
    public const string Preprocessor = "NMODL0801";

    /// <summary>A character, number, string or comment cannot be read.</summary>
    public const string Lexical = "NMODL0802";

    /// <summary>struct, union, enum or typedef declarations.</summary>
    public const string UserTypes = "NMODL0810";

    /// <summary>A call into the hoc interpreter (arguments of hoc functions, objects, Vectors, Random).</summary>
    public const string HocInterpreter = "NMODL0811";

    /// <summary>Operating-system services: files, memory allocation, processes, clocks.</summary>
    public const string OperatingSystem = "NMODL0812";

    /// <summary>Simulator internals of NEURON's generated C (_p, _ppvar, _threadargs_, NrnThread...).</summary>
    public const string SimulatorInternals = "NMODL0813";

    /// <summary>A name that is neither declared in the C nor known to the name resolver.</summary>
    public const string UnknownName = "NMODL0814";

    /// <summary>A call of a function that is neither defined in the C nor a supported library function.</summary>
    public const string UnknownFunction = "NMODL0815";

    /// <summary>Pointer use beyond indexing, dereference, address-of and offsets.</summary>
    public const string Pointer = "NMODL0816";

    /// <summary>A C construct the translator does not handle (goto, comma expressions, multi-dimensional arrays...).</summary>
    public const string UnsupportedConstruct = "NMODL0817";

    /// <summary>Operands or arguments whose C types do not fit the operation.</summary>
    public const string Type = "NMODL0818";

    /// <summary>A printf-family format string that cannot be converted, or arguments that do not match it.</summary>
    public const string Format = "NMODL0819";

    /// <summary>A C library function outside &lt;math.h&gt; and printf (string.h, stdlib.h conversions, sprintf...).</summary>
    public const string CLibrary = "NMODL0820";

    /// <summary>A block whose braces do not balance: a fragment of C that NMODL statements between VERBATIM blocks complete.</summary>
    public const string Fragment = "NMODL0821";
}
