namespace Nrn;

/// <summary>Receives spike times as sources fire (<c>NetCon.Record</c>, <c>SpikeRecord</c>).
/// <see cref="Clear"/> is called at finitialize, as NEURON empties recording vectors there.</summary>
public interface ISpikeRecorder
{
    void Clear();

    void Spike(double time, int sourceId);
}
