namespace Nrniv.Trace;

/// <summary>What <c>nrniv trace</c> runs: the mechanism, where its library is (null: a built-in),
/// the protocol's clock and the optional overrides (NetCon weight, current steps).</summary>
public sealed record TraceOptions(
    string? Library,
    string Mechanism,
    string Output,
    double RecordDt = 0.1,
    double Dt = 0.025,
    double Tstop = 100,
    double Celsius = 6.3,
    double? Weight = null,
    bool NoAssigned = false,
    bool NoPointers = false,
    IReadOnlyList<double>? Amps = null)
{
    /// <summary>The initial potential of every protocol (mV).</summary>
    public const double VInit = -65;
}
