namespace Nrniv.Compare;

/// <summary>Compares two lists of spike times; missing (empty) fields are not spikes.</summary>
public static class SpikeColumnComparer
{
    public static SpikeColumn Compare(string column, double[] a, double[] b, Tolerance tolerance)
    {
        double[] spikesA = Spikes(a), spikesB = Spikes(b);
        double maxDt = 0;
        SpikeMismatch? first = null;
        int pairs = Math.Min(spikesA.Length, spikesB.Length);
        for (int i = 0; i < pairs; i++)
        {
            var d = SampleDifference.Of(spikesA[i], spikesB[i]);
            maxDt = Math.Max(maxDt, d.Absolute);
            if (first is null && !tolerance.AcceptsSpikeTimes(d))
            {
                first = new SpikeMismatch(i, spikesA[i], spikesB[i]);
            }
        }
        return new SpikeColumn(column, spikesA.Length, spikesB.Length, maxDt, first);
    }

    private static double[] Spikes(double[] column) => column.Where(t => !double.IsNaN(t)).ToArray();
}
