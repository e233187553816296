namespace Nrn;

/// <summary>NEURON's <c>vec.record(ref)</c>: the vector is emptied by finitialize and gets the value
/// after finitialize and after every fixed step.</summary>
internal sealed class StepRecorder(Vector vector, RecordedValue value) : IRecorder
{
    private RecordedValue _value = value;

    public void Start(Simulation simulation)
    {
        if (!_value.IsPresent()) return;
        vector.Clear();
        vector.EnsureCapacity(RecordingCapacity.For(simulation.Tstop, simulation.Dt));
    }

    public void Record(Simulation simulation)
    {
        if (_value.IsPresent()) vector.Append(_value.Read());
    }
}
