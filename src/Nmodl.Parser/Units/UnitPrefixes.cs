namespace Nmodl.Parser.Units;

/// <summary>
/// The prefixes NEURON's units library strips from a name it does not know, tried in this order
/// (the first that matches wins). Only spelled-out prefixes: "mV" is not millivolt until a UNITS
/// block declares it, exactly as in NEURON.
/// </summary>
internal static class UnitPrefixes
{
    public static readonly IReadOnlyList<(string Name, double Factor)> InMatchOrder =
    [
        ("atto", 1e-18),
        ("femto", 1e-15),
        ("pico", 1e-12),
        ("nano", 1e-9),
        ("micro", 1e-6),
        ("milli", 1e-3),
        ("centi", 1e-2),
        ("deci", 1e-1),
        ("deka", 1e1),
        ("hecta", 1e2),
        ("hecto", 1e2),
        ("kilo", 1e3),
        ("mega", 1e6),
        ("meg", 1e6),
        ("giga", 1e9),
        ("tera", 1e12),
    ];

    /// <summary>Single-letter SI prefixes, used only to suggest a declaration for an unknown name like "mV".</summary>
    public static readonly IReadOnlyDictionary<char, string> SpelledOut = new Dictionary<char, string>
    {
        ['f'] = "femto",
        ['p'] = "pico",
        ['n'] = "nano",
        ['u'] = "micro",
        ['m'] = "milli",
        ['c'] = "centi",
        ['k'] = "kilo",
        ['M'] = "mega",
        ['G'] = "giga",
    };
}
