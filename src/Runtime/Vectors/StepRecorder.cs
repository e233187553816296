namespace Nrn;

/// <summary>NEURON's <c>vec.record(ref)</c>: the vector is emptied by finitialize and gets the value
/// after finitialize and after every fixed step. Attached after a finitialize, it waits for the next
/// (as NEURON's, which records nothing until then).</summary>
internal sealed class StepRecorder(Vector vector, RecordedValue value) : IRecorder
{
    private RecordedValue _value = value;
    private bool _started;

    public void Start(Simulation simulation)
    {
        if (!_value.IsPresent()) return;
        _started = true;
        vector.Clear();
        vector.EnsureCapacity(RecordingCapacity.For(simulation.Tstop, simulation.Dt));
    }

    public void Record(Simulation simulation)
    {
        if (_started && _value.IsPresent()) vector.Append(_value.Read());
    }
}
