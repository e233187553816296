namespace Nrn;

/// <summary>Recording (NEURON's <c>vec.record(ref)</c>): the vector samples a model variable or t
/// after finitialize and every step, or every <c>dtRecord</c>. finitialize empties it first, so it
/// holds one run. Capacity for the run is reserved at finitialize from <see cref="Simulation.Tstop"/>;
/// set it (or call <see cref="EnsureCapacity"/>) when running further with ContinueRun so that no
/// step allocates.</summary>
public sealed partial class Vector
{
    private (Simulation Simulation, IRecorder Recorder)? _recording;

    /// <summary>Records <paramref name="reference"/> (e.g. <c>soma[0.5].Ref("v")</c>) after finitialize and every step.</summary>
    public Vector Record(DataReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Attach(reference.Simulation, new StepRecorder(this, RecordedValue.Of(reference)));
    }

    /// <summary>Records t (<c>sim.TimeRef()</c>, NEURON's <c>h._ref_t</c>) after finitialize and every step.</summary>
    public Vector Record(TimeReference time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Attach(time.Simulation, new StepRecorder(this, RecordedValue.Of(time)));
    }

    /// <summary>Records <paramref name="reference"/> every <paramref name="dtRecord"/> ms from t = 0
    /// (NEURON's <c>vec.record(ref, Dt)</c>).</summary>
    public Vector Record(DataReference reference, double dtRecord)
    {
        ArgumentNullException.ThrowIfNull(reference);
        CheckInterval(dtRecord, reference.Description);
        return Attach(reference.Simulation, new IntervalRecorder(this, RecordedValue.Of(reference), dtRecord));
    }

    /// <summary>Records the sampling times 0, Dt, 2 Dt, ... (NEURON's <c>vec.record(h._ref_t, Dt)</c>).</summary>
    public Vector Record(TimeReference time, double dtRecord)
    {
        ArgumentNullException.ThrowIfNull(time);
        CheckInterval(dtRecord, "t");
        return Attach(time.Simulation, new IntervalRecorder(this, RecordedValue.Of(time), dtRecord));
    }

    /// <summary>Stops recording (NEURON's <c>play_remove()</c>); the values recorded so far stay.</summary>
    public void StopRecording()
    {
        if (_recording is { } recording) recording.Simulation.RemoveRecorder(recording.Recorder);
        _recording = null;
    }

    /// <summary>Whether <paramref name="recorder"/> is this vector's current recording.</summary>
    internal bool IsRecordingWith(IRecorder recorder) => _recording is { } recording && ReferenceEquals(recording.Recorder, recorder);

    /// <summary>A vector records one thing at a time, as in NEURON: a new Record replaces the previous one.</summary>
    private Vector Attach(Simulation simulation, IRecorder recorder)
    {
        StopRecording();
        simulation.AddRecorder(recorder);
        _recording = (simulation, recorder);
        return this;
    }

    private static void CheckInterval(double dtRecord, string what)
    {
        if (!(dtRecord > 0) || double.IsInfinity(dtRecord))
            throw new ArgumentOutOfRangeException(nameof(dtRecord), dtRecord,
                $"Vector.Record({what}, Dt): the sampling interval must be positive and finite, got {dtRecord}");
    }
}
