namespace Nrn;

/// <summary>NEURON's <c>vec.record(ref, Dt)</c> under the fixed step: sampling events at 0, Dt, 2 Dt, ...
/// (each time the previous one plus Dt), delivered as NEURON delivers events: at the start of a step
/// those due by t + dt/2, after a step's recording those due by t. A sample holds the state when it
/// is delivered; a sample of t holds the event's time. finitialize empties the vector and takes
/// the sample at 0.</summary>
internal sealed class IntervalRecorder(Vector vector, RecordedValue value, double interval) : IRecorder
{
    private RecordedValue _value = value;
    private double _next = double.PositiveInfinity;
    private bool _starting;

    public void Start(Simulation simulation)
    {
        if (!_value.IsPresent()) return;
        vector.Clear();
        vector.EnsureCapacity(RecordingCapacity.For(simulation.Tstop, interval));
        _starting = true;
    }

    public void Record(Simulation simulation)
    {
        if (_starting)
        {
            _starting = false;
            _next = 0;
        }
        SampleDue(simulation.T);
    }

    public void BeforeStep(Simulation simulation) => SampleDue(simulation.T + 0.5 * simulation.Dt);

    private void SampleDue(double limit)
    {
        while (_next <= limit && _value.IsPresent())
        {
            vector.Append(_value.IsTime ? _next : _value.Read());
            _next += interval;
        }
    }
}
