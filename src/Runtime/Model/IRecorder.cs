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
}
