namespace Nrn;

/// <summary>Something that samples the model after finitialize and after every fixed step
/// (what <c>Vector.record</c> needs). Called on the simulating thread; must not allocate.</summary>
public interface IRecorder
{
    void Record(Simulation simulation);
}
