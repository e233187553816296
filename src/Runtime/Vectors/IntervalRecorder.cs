namespace Nrn;

/// <summary>NEURON's <c>vec.record(ref, Dt)</c> (VecRecordDt): finitialize empties the vector and
/// queues a sampling event at 0; each delivery appends the value (a sample of t appends the event's
/// time) and queues the next at its time plus Dt, accumulated in floating point as NEURON does.
/// The events share the simulation's <see cref="Network"/> queue, so a sample falling on a NetCon or
/// self event comes before or after it in NEURON's order, and under the fixed step they are
/// delivered where every event is: at the start of a step when due by t + dt/2, after a step's
/// recording when due by t.</summary>
internal sealed class IntervalRecorder : IRecorder
{
    private readonly Vector _vector;
    private readonly double _interval;
    private readonly Network _network;
    private RecordedValue _value;

    public IntervalRecorder(Vector vector, RecordedValue value, double interval)
    {
        _vector = vector;
        _value = value;
        _interval = interval;
        _network = Network.Of(value.Simulation);
    }

    /// <summary>finitialize, after its events of t = 0 (NEURON's record_init).</summary>
    public void Start(Simulation simulation)
    {
        if (!_value.IsPresent()) return;
        _vector.Clear();
        _vector.EnsureCapacity(RecordingCapacity.For(simulation.Tstop, _interval));
        _network.ScheduleSample(this, 0);
    }

    /// <summary>Nothing at each step: the samples are taken when the events arrive.</summary>
    public void Record(Simulation simulation)
    {
    }

    /// <summary>The sampling event of <paramref name="time"/> arrives. A replaced or stopped recording
    /// and a variable that left the model end the chain of events.</summary>
    public void Deliver(double time)
    {
        if (!_vector.IsRecordingWith(this) || !_value.IsPresent()) return;
        _vector.Append(_value.IsTime ? time : _value.Read());
        _network.ScheduleSample(this, time + _interval);
    }
}
