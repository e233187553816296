namespace Ringtest;

/// <summary>ringtest's command-line model parameters and their defaults (ringtest's args.py):
/// 16 rings of 8 cells, 8 cells per type, 10 to 20 dendrites of 1 compartment, 100 ms.</summary>
public sealed record RingtestConfig(
    int Rings = 16,
    int CellsPerRing = 8,
    int CellsPerType = 8,
    int MinBranches = 10,
    int MaxBranches = 20,
    int MinCompartments = 1,
    int MaxCompartments = 1,
    double Tstop = 100)
{
    public int Cells => Rings * CellsPerRing;

    /// <summary>ringtest's ntype = (cells - 1) / cells per type + 1.</summary>
    public int Types => (Cells - 1) / CellsPerType + 1;

    public void Validate()
    {
        if (Rings < 1 || CellsPerRing < 1 || CellsPerType < 1)
            throw new ArgumentException($"ringtest: rings ({Rings}), cells per ring ({CellsPerRing}) and cells per type ({CellsPerType}) must be >= 1");
        if (MinBranches < 1 || MaxBranches < MinBranches)
            throw new ArgumentException($"ringtest: branches must satisfy 1 <= min <= max, got [{MinBranches}, {MaxBranches}]");
        if (MinCompartments < 1 || MaxCompartments < MinCompartments)
            throw new ArgumentException($"ringtest: compartments must satisfy 1 <= min <= max, got [{MinCompartments}, {MaxCompartments}]");
        if (!(Tstop > 0) || double.IsInfinity(Tstop)) throw new ArgumentException($"ringtest: tstop must be positive and finite, got {Tstop}");
    }
}
