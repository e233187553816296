using Nrn.Abi;

namespace Nrn;

/// <summary>An ion species' defaults (NEURON's <c>nai0_na_ion</c>, <c>nao0_na_ion</c>, the
/// default <c>ena</c>) and its charge. NEURON's built-in species are na, k and ca; any other
/// species gets concentrations 1 mM, reversal 0 mV and the valence its USEION declares.</summary>
public sealed record IonSpecies(string Name, double Charge, double InsideDefault, double OutsideDefault, double ErevDefault)
{
    // NEURON 8.2 uses the 2019 SI values of the gas constant and Faraday's constant.
    private const double GasConstant = 8.31446261815324;
    private const double Faraday = 96485.33212331001;

    public static IonSpecies Create(string name, double? valence) => name switch
    {
        "na" => new IonSpecies("na", valence ?? 1, 10, 140, 50),
        "k" => new IonSpecies("k", valence ?? 1, 54.4, 2.5, -77),
        // NEURON's default eca is the classic 12.5 ln(cao/cai) of its default concentrations.
        "ca" => new IonSpecies("ca", valence ?? 2, 5e-5, 2, 12.5 * Math.Log(2 / 5e-5)),
        _ => new IonSpecies(name, valence ?? 1, 1, 1, 0),
    };

    internal static bool IsIonMechanismName(string name) => name.EndsWith("_ion", StringComparison.Ordinal);

    /// <summary>The name of field <paramref name="field"/> as NEURON spells it (ena, nai, nao, ina, dina_dv_).</summary>
    public string FieldName(IonField field) => field switch
    {
        IonField.Erev => "e" + Name,
        IonField.Inside => Name + "i",
        IonField.Outside => Name + "o",
        IonField.Current => "i" + Name,
        IonField.DCurrentDv => "di" + Name + "_dv_",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not an ion field"),
    };

    public double Default(IonField field) => field switch
    {
        IonField.Erev => ErevDefault,
        IonField.Inside => InsideDefault,
        IonField.Outside => OutsideDefault,
        _ => 0,
    };

    /// <summary>Nernst potential in mV at <paramref name="celsius"/>, as NEURON's nrn_nernst
    /// (including its answers for non-positive concentrations).</summary>
    public static double Nernst(double inside, double outside, double charge, double celsius)
    {
        if (charge == 0) return 0;
        if (inside <= 0) return 1e6;
        if (outside <= 0) return -1e6;
        var ktf = 1000.0 * GasConstant * (celsius + 273.15) / Faraday;
        return ktf / charge * Math.Log(outside / inside);
    }
}
