namespace Nrn;

/// <summary>How many samples to reserve for a run to <c>tstop</c> so recording allocates nothing per
/// step; capped so a huge tstop does not reserve memory up front (growth is amortised beyond).</summary>
internal static class RecordingCapacity
{
    private const int Cap = 1 << 22;

    public static int For(double tstop, double interval)
    {
        var samples = (tstop > 0 ? tstop : 0) / interval + 2;
        return samples < Cap ? (int)samples : Cap;
    }
}
