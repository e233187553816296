namespace Nrn;

/// <summary>NEURON's <c>h._ref_t</c>: the simulation's time, for <see cref="Vector.Record(TimeReference)"/>.</summary>
public sealed class TimeReference
{
    internal TimeReference(Simulation simulation) => Simulation = simulation;

    public Simulation Simulation { get; }

    public override string ToString() => "t";
}
