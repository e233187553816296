namespace Nrniv.Compare;

/// <summary>What a CSV of the trace format holds, told by its first column.</summary>
public enum TraceFileKind
{
    /// <summary>First column <c>t</c>: one row per recorded time, one column per variable.</summary>
    Samples,

    /// <summary>First column <c>spike_t</c>: each column is a list of spike times (ms).</summary>
    Spikes,
}
