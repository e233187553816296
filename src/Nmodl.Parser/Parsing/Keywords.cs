namespace Nmodl.Parser.Parsing;

/// <summary>The words nocmodl's lexer turns into keyword tokens, so they can never be names.</summary>
internal static class Keywords
{
    private static readonly HashSet<string> Reserved =
    [
        "TITLE", "COMMENT", "ENDCOMMENT", "VERBATIM", "ENDVERBATIM", "DEFINE", "INCLUDE", "NEURON", "UNITS",
        "PARAMETER", "ASSIGNED", "STATE", "CONSTANT", "INDEPENDENT", "INITIAL", "BREAKPOINT", "DERIVATIVE",
        "KINETIC", "LINEAR", "NONLINEAR", "PROCEDURE", "FUNCTION", "FUNCTION_TABLE", "NET_RECEIVE", "BEFORE",
        "AFTER", "CONSTRUCTOR", "DESTRUCTOR", "SUFFIX", "POINT_PROCESS", "ARTIFICIAL_CELL", "USEION", "READ",
        "WRITE", "VALENCE", "REPRESENTS", "RANGE", "GLOBAL", "NONSPECIFIC_CURRENT", "ELECTRODE_CURRENT",
        "POINTER", "BBCOREPOINTER", "EXTERNAL", "THREADSAFE", "RANDOM", "LOCAL", "FROM", "TO", "BY", "WITH",
        "START", "SOLVE", "METHOD", "STEADYSTATE", "SOLVEFOR", "TABLE", "DEPEND", "UNITSON",
        "UNITSOFF", "CONSERVE", "COMPARTMENT", "LONGITUDINAL_DIFFUSION", "WATCH", "FOR_NETCONS", "PROTECT",
        "MUTEXLOCK", "MUTEXUNLOCK", "CONDUCTANCE", "SWEEP", "if", "else", "while", "IF", "ELSE", "WHILE", "INT",
    ];

    public static bool IsReserved(string word) => Reserved.Contains(word);
}
