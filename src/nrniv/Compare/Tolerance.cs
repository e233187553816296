namespace Nrniv.Compare;

/// <summary>
/// When two samples agree: |a - b| &lt;= Absolute, or |a - b| / max(|a|, |b|) &lt;= Relative.
/// Both criteria are needed: NEURON writes 10 significant digits, so large values differ in
/// absolute terms by their last printed digit while values near zero differ only relatively.
/// Spike times have their own absolute tolerance, <see cref="Time"/> (ms): a relative one would
/// grow with the time of the spike, and what matters is the same step or event time.
/// </summary>
public readonly record struct Tolerance(double Absolute, double Relative, double Time = Tolerance.DefaultTime)
{
    /// <summary>1e-6 ms: far below a step (0.025 ms) and above the rounding of NEURON's 10-digit
    /// printing for spike times under 10 s (at most 5e-7 ms).</summary>
    public const double DefaultTime = 1e-6;

    public static readonly Tolerance Default = new(1e-6, 1e-6);

    public bool Accepts(SampleDifference d) => d.Absolute <= Absolute || d.Relative <= Relative;

    public bool AcceptsSpikeTimes(SampleDifference d) => d.Absolute <= Time;
}
