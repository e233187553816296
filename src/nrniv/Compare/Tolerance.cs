namespace Nrniv.Compare;

/// <summary>
/// When two samples agree: |a - b| &lt;= Absolute, or |a - b| / max(|a|, |b|) &lt;= Relative.
/// Both criteria are needed: NEURON writes 10 significant digits, so large values differ in
/// absolute terms by their last printed digit while values near zero differ only relatively.
/// </summary>
public readonly record struct Tolerance(double Absolute, double Relative)
{
    public static readonly Tolerance Default = new(1e-6, 1e-6);

    public bool Accepts(SampleDifference d) => d.Absolute <= Absolute || d.Relative <= Relative;
}
