namespace Nrn;

/// <summary>Spike times (and optionally source ids) appended to plain lists; Vectors record
/// through <see cref="VectorSpikeRecorder"/>.</summary>
public sealed class SpikeListRecorder(List<double> times, List<double>? ids = null) : ISpikeRecorder
{
    public void Clear()
    {
        times.Clear();
        ids?.Clear();
    }

    public void Spike(double time, int sourceId)
    {
        times.Add(time);
        ids?.Add(sourceId);
    }
}
