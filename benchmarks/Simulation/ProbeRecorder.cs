using System.Runtime.CompilerServices;
using Nrn;

namespace WholeSimulation;

/// <summary>Records one value after finitialize and every step into an array sized up front, so the
/// timed loop allocates nothing (NEURON's side records the same probe into a Vector).</summary>
public sealed class ProbeRecorder(DataReference probe, int capacity) : IRecorder
{
    private readonly double[] _samples = new double[capacity];
    private double[] _array = [];
    private int _index;

    public int Count { get; private set; }

    public ReadOnlySpan<double> Samples => _samples.AsSpan(0, Count);

    public void Start(Simulation simulation)
    {
        (_array, _index) = probe.Resolve();
        Count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Record(Simulation simulation)
    {
        if (Count == _samples.Length) throw new InvalidOperationException($"{probe}: more than {_samples.Length} samples; the recorder was sized for fewer steps");
        _samples[Count++] = _array[_index];
    }

    /// <summary>Upward crossings of 0 mV, counted as bench_neuron.py counts them.</summary>
    public int Spikes()
    {
        var spikes = 0;
        var samples = Samples;
        for (var i = 1; i < samples.Length; i++)
            if (samples[i - 1] < 0 && samples[i] >= 0) spikes++;
        return spikes;
    }
}
