namespace Nrniv.Compare;

/// <summary>Compares one column of two sampled tables that share a time base.</summary>
public static class SampledColumnComparer
{
    public static SampledColumn Compare(string column, double[] time, double[] a, double[] b, Tolerance tolerance)
    {
        double maxAbsolute = 0, maxRelative = 0;
        int beyond = 0;
        Exceedance? first = null;
        for (int i = 0; i < a.Length; i++)
        {
            var d = SampleDifference.Of(a[i], b[i]);
            maxAbsolute = Math.Max(maxAbsolute, d.Absolute);
            maxRelative = Math.Max(maxRelative, d.Relative);
            if (!tolerance.Accepts(d))
            {
                beyond++;
                first ??= new Exceedance(time[i], a[i], b[i]);
            }
        }
        return new SampledColumn(column, maxAbsolute, maxRelative, beyond, first);
    }
}
