namespace Nmodl.Parser.Units;

/// <summary>
/// The named units and physical constants NEURON 8.2 knows without a UNITS-block declaration,
/// with the exact 2019 SI values of e, the Avogadro number, k and h (NEURON's default "modern"
/// units). Each definition is a unit expression over the names above it, written in the same
/// syntax .mod files use ("1.602176634-19 coul" is 1.602176634e-19 coulomb). A mole is a pure
/// number, so faraday is e-mole in coulombs and the gas constant k-mole in joule/K.
/// </summary>
internal static class BuiltinUnits
{
    private static readonly (string Name, string Definition)[] Definitions =
    [
        // Numbers and the exact SI constants.
        ("pi", "3.14159265358979323846"),
        ("two", "2"),
        ("fuzz", "1"),
        ("c", "2.99792458+8 m/sec"),
        ("g", "9.80665 m/sec2"),
        ("mole", "6.02214076+23"),
        ("e", "1.602176634-19 coul"),
        ("percent", "1|100"),
        ("%", "percent"),

        // Angles are fractions of a turn, as in NEURON's table (radian = 1/(2 pi)).
        ("radian", ".5 / pi"),
        ("degree", "1|180 pi-radian"),
        ("circle", "2 pi-radian"),
        ("turn", "circle"),
        ("revolution", "turn"),
        ("rev", "turn"),
        ("arcdeg", "degree"),
        ("arcmin", "1|60 arcdeg"),
        ("arcsec", "1|60 arcmin"),
        ("steradian", "radian2"),
        ("sr", "steradian"),

        // Time.
        ("second", "sec"),
        ("s", "sec"),
        ("minute", "60 sec"),
        ("min", "minute"),
        ("hour", "60 min"),
        ("hr", "hour"),
        ("day", "24 hr"),
        ("da", "day"),
        ("week", "7 day"),
        ("fortnight", "14 day"),
        ("year", "365.24219879 day"),
        ("yr", "year"),
        ("month", "1|12 year"),
        ("ms", "millisec"),
        ("us", "microsec"),
        ("ns", "nanosec"),
        ("sigma", "microsec"),
        ("hertz", "/sec"),
        ("Hz", "hertz"),
        ("hz", "/sec"),
        ("khz", "1+3 /sec"),
        ("mhz", "1+6 /sec"),

        // Mass.
        ("gram", "millikg"),
        ("gramme", "gram"),
        ("gm", "gram"),
        ("mg", "milligram"),
        ("metricton", "kilokg"),
        ("tonne", "1+6 gm"),

        // Length, area and volume.
        ("meter", "m"),
        ("metre", "meter"),
        ("cm", "centimeter"),
        ("mm", "millimeter"),
        ("km", "kilometer"),
        ("nm", "nanometer"),
        ("micron", "micrometer"),
        ("angstrom", "decinanometer"),
        ("fermi", "1-15 m"),
        ("inch", "2.54 cm"),
        ("in", "inch"),
        ("foot", "12 in"),
        ("feet", "foot"),
        ("ft", "foot"),
        ("yard", "3 ft"),
        ("yd", "yard"),
        ("mile", "5280 ft"),
        ("mi", "mile"),
        ("hectare", "1+4 m2"),
        ("cc", "cm3"),
        ("liter", "kilocc"),
        ("litre", "liter"),
        ("ml", "milliliter"),
        ("stere", "m3"),

        // Force, energy, power and pressure.
        ("newton", "kg-m/sec2"),
        ("nt", "newton"),
        ("N", "newton"),
        ("joule", "nt-m"),
        ("cal", "4.1868 joule"),
        ("calorie", "cal"),
        ("kcal", "kilocal"),
        ("kcalorie", "kilocal"),
        ("dyne", "cm-gm/sec2"),
        ("erg", "cm2-gm/sec2"),
        ("watt", "joule/sec"),
        ("pascal", "nt/m2"),
        ("bar", "1+5 nt/m2"),
        ("atmosphere", "1.01325+5 nt/m2"),
        ("atm", "atmosphere"),
        ("mercury", "1.33322+5 kg/m2-sec2"),
        ("hg", "mercury"),
        ("torr", "mm hg"),

        // Electricity and magnetism.
        ("coulomb", "coul"),
        ("C", "coul"),
        ("ampere", "coul/sec"),
        ("amp", "ampere"),
        ("volt", "watt/amp"),
        ("V", "volt"),
        ("ohm", "volt/amp"),
        ("kilohm", "kiloohm"),
        ("megohm", "megaohm"),
        ("mho", "/ohm"),
        ("siemens", "/ohm"),
        ("farad", "coul/volt"),
        ("pf", "picofarad"),
        ("henry", "sec2/farad"),
        ("mh", "millihenry"),
        ("weber", "volt-sec"),
        ("tesla", "weber/m2"),
        ("gauss", "1-4 weber/m2"),
        ("eV", "e V"),
        ("ev", "e-volt"),
        ("electronvolt", "e-volt"),
        ("faraday", "e-mole"),
        ("statcoul", "1|2.99792458+9 coul"),
        ("statamp", "1|2.99792458+9 amp"),
        ("statvolt", "2.99792458+2 volt"),

        // Temperature: differences only, so a degree Celsius is a kelvin.
        ("kelvin", "K"),
        ("degC", "K"),
        ("degF", "5|9 degC"),

        // Thermodynamic and quantum constants.
        ("boltzmann", "1.380649-23 joule/K"),
        ("k", "boltzmann"),
        ("gasconstant", "k-mole"),
        ("R", "gasconstant"),
        ("planck", "6.62607015-34 joule-sec"),
        ("hbar", "planck/two-pi"),
        ("electronmass", "9.1095-31 kg"),
        ("protonmass", "1.6726-27 kg"),
        ("atomicmassunit", "1.66044-27 kg"),
        ("amu", "atomicmassunit"),
        ("dalton", "amu"),

        // Information and traffic: defined so that "meg" and "ccs" keep NEURON's meaning
        // (a megabyte, a hundred call-seconds) instead of becoming a prefix or a plural of cc.
        ("byte", "8 bit"),
        ("kbyte", "1024 byte"),
        ("megabyte", "1024 kbyte"),
        ("gigabyte", "1024 megabyte"),
        ("meg", "megabyte"),
        ("baud", "bit/sec"),
        ("ccs", "1|36 erlang"),

        // Light and radioactivity.
        ("cd", "candela"),
        ("lumen", "cd sr"),
        ("lux", "cd sr/m2"),
        ("curie", "3.7+10 /sec"),
        ("becquerel", "1|3.7+10 curie"),
    ];

    public static UnitTable Build(UnitTable primitive)
    {
        var table = primitive;
        foreach (var (name, definition) in Definitions)
        {
            var declared = table.Declare(name, definition);
            table = declared.IsSuccess
                ? declared.Value
                : throw new InvalidOperationException($"The built-in unit '{name}' = ({definition}) is invalid: {declared.Error!.Message}");
        }
        return table;
    }
}
