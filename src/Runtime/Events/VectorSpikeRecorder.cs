namespace Nrn;

/// <summary>Spike times appended to a <see cref="Vector"/>, and optionally an id per spike: a fixed
/// one (NEURON's <c>nc.record(tvec, idvec, id)</c>) or the source's number (<c>spike_record</c>).</summary>
internal sealed class VectorSpikeRecorder(Vector times, Vector? ids, int? fixedId) : ISpikeRecorder
{
    public void Clear()
    {
        times.Clear();
        ids?.Clear();
    }

    public void Spike(double time, int sourceId)
    {
        times.Append(time);
        ids?.Append(fixedId ?? sourceId);
    }
}
