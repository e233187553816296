namespace Nmodl.Codegen.Semantics;

/// <summary>The physical constants NMODL files name in UNITS factors, with the values of NEURON
/// 8.2's default units library (2019 SI definitions).</summary>
public static class UnitFactors
{
    private const double Faraday = 96485.3321233100184;
    private const double GasConstant = 8.31446261815324;
    private const double Boltzmann = 1.380649e-23;
    private const double ElementaryCharge = 1.602176634e-19;

    public static double? Lookup(string? source, string target) => (Normalize(source), Normalize(target)) switch
    {
        ("faraday", "coulomb") or ("faraday", "coul") => Faraday,
        ("faraday", "kilocoulombs") => Faraday / 1000,
        ("k-mole", "joule/degc") or ("k-mole", "joule/kelvin") => GasConstant,
        ("pi", "1") or ("pi", "") => Math.PI,
        ("k", "joule/degc") or ("k", "joule/kelvin") => Boltzmann,
        ("e", "coulomb") or ("e", "coulombs") or ("e", "coul") => ElementaryCharge,
        _ => null,
    };

    private static string Normalize(string? unit) => (unit ?? "").Replace(" ", "").ToLowerInvariant();
}
