namespace Nrn;

/// <summary>Something that samples the model after finitialize and after every fixed step
/// (what <c>Vector.record</c> needs). Called on the simulating thread; must not allocate.</summary>
public interface IRecorder
{
    /// <summary>finitialize, just before its <see cref="Record"/>: a new recording starts
    /// (<c>Vector.record</c> empties its vector here).</summary>
    void Start(Simulation simulation)
    {
    }

    void Record(Simulation simulation);

    /// <summary>Start of each fixed step, before its events are delivered and t advances: where
    /// NEURON delivers the sampling events of <c>Vector.record(ref, Dt)</c> due by t + dt/2.</summary>
    void BeforeStep(Simulation simulation)
    {
    }
}
