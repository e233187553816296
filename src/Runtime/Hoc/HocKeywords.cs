namespace Nrn.Hoc;

/// <summary>HOC's words outside the geometry subset, refused by name, and the built-in functions
/// and constants an expression may use.</summary>
internal static class HocKeywords
{
    public const string Subset =
        "NeuronSharp runs the geometry subset of HOC: create, access, connect, insert, uninsert, forall, forsec, for, if, "
        + "section blocks, L, diam, nseg, Ra, cm and range variables, pt3dclear(), pt3dadd(), define_shape() and numeric expressions";

    public static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "objref", "objectvar", "proc", "func", "obfunc", "iterator", "iterator_statement", "begintemplate", "endtemplate",
        "public", "external", "local", "localobj", "strdef", "new", "load_file", "load_proc", "load_func", "load_template",
        "xopen", "print", "printf", "sprint", "while", "break", "continue", "return", "stop", "double", "execute", "execute1",
        "ifsec", "push_section", "pop_section", "delete_section", "disconnect", "setpointer", "help", "quit", "debug",
    };

    public static readonly Dictionary<string, double> Constants = new(StringComparer.Ordinal)
    {
        ["PI"] = Math.PI, ["E"] = Math.E, ["FARADAY"] = 96485.33212331001, ["R"] = 8.31446261815324,
        ["GAMMA"] = 0.5772156649015329, ["DEG"] = 180 / Math.PI, ["PHI"] = 1.618033988749895,
    };

    public static readonly Dictionary<string, Func<double[], double>> Functions = new(StringComparer.Ordinal)
    {
        ["sin"] = a => Math.Sin(a[0]), ["cos"] = a => Math.Cos(a[0]), ["tan"] = a => Math.Tan(a[0]),
        ["atan"] = a => Math.Atan(a[0]), ["atan2"] = a => Math.Atan2(a[0], a[1]), ["exp"] = a => Math.Exp(a[0]),
        ["log"] = a => Math.Log(a[0]), ["log10"] = a => Math.Log10(a[0]), ["sqrt"] = a => Math.Sqrt(a[0]),
        ["abs"] = a => Math.Abs(a[0]), ["fabs"] = a => Math.Abs(a[0]), ["int"] = a => Math.Truncate(a[0]),
        ["floor"] = a => Math.Floor(a[0]), ["ceil"] = a => Math.Ceiling(a[0]),
    };

    public static int Arity(string function) => function == "atan2" ? 2 : 1;
}
