namespace Nrn;

/// <summary>One <c>Vector.play</c> (NEURON's PlayRecord): at finitialize it schedules its first
/// event; each delivery writes the target and schedules the next; a continuous play also writes
/// the target at each half step. Writes go to the array and index the target resolves to in the
/// current model, resolved again only after a rebuild, or to a callback.</summary>
internal abstract class PlayRecord(Vector values, PlayTarget target)
{
    public Vector Values { get; } = values;
    public PlayTarget Target { get; } = target;
    protected Network Network { get; } = Network.Of(target.Simulation);

    /// <summary>finitialize, before any INITIAL block: the first event (NEURON's play_init).</summary>
    public abstract void Initialize();

    /// <summary>The event scheduled by this play arrives at <paramref name="time"/>.</summary>
    public abstract void Deliver(double time);

    /// <summary>Continuous plays set the target to its value at <paramref name="time"/>; step plays do nothing.</summary>
    public virtual void Continuous(double time)
    {
    }

    public virtual bool IsContinuous => false;

    protected void Write(double value) => Target.Write(value);

    protected double Element(Vector vector, int index, string what) =>
        index < vector.Count ? vector[index]
            : throw new InvalidOperationException($"Vector.Play into {Target}: {what} has {vector.Count} elements, element {index} is needed");
}
