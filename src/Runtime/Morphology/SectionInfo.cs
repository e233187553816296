namespace Nrn;

/// <summary>The content of NEURON's <c>sec.psection()</c> dictionary. Per-segment values are lists
/// with one entry per segment; array variables appear as <c>name[k]</c>.</summary>
public sealed record SectionInfo(
    string Name,
    object? Cell,
    int Nseg,
    double Ra,
    IReadOnlyList<double> Cm,
    SectionMorphology Morphology,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<double>>> DensityMechs,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<double>>> Ions,
    IReadOnlyDictionary<string, IReadOnlyList<string>> PointProcesses,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Species);

/// <summary>psection()'s <c>morphology</c> entry; parents are written as NEURON prints segments, e.g. <c>soma(1)</c>.</summary>
public sealed record SectionMorphology(double L, IReadOnlyList<double> Diam, IReadOnlyList<Point3d> Pts3d, string? Parent, string? TrueParent);
