namespace Nrn;

/// <summary>One ion species' fields for every segment that has it in a compiled model
/// (NEURON's ion mechanism data), and how the ion's reversal potential is maintained.</summary>
internal sealed class IonStore
{
    public IonStore(IonSpecies species, int count)
    {
        Species = species;
        Count = count;
        Fields = new double[IonData.FieldCount][];
        for (var f = 0; f < Fields.Length; f++) Fields[f] = new double[Math.Max(count, 1)];
    }

    public IonSpecies Species { get; }
    public int Count { get; }
    public double[][] Fields { get; }

    public bool WritesConcentration { get; set; }
    public bool ReadsConcentration { get; set; }
    public bool WritesErev { get; set; }

    /// <summary>As NEURON's ion style: a concentration that is read or written makes the reversal
    /// potential follow Nernst at finitialize; a written one also every step.</summary>
    public bool ErevAtInit => (ReadsConcentration || WritesConcentration) && !WritesErev;
    public bool ErevEachStep => WritesConcentration && !WritesErev;
}
