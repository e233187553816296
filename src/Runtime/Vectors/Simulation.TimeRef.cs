namespace Nrn;

public sealed partial class Simulation
{
    /// <summary>A reference to t for recording (NEURON's <c>h._ref_t</c>).</summary>
    public TimeReference TimeRef() => new(this);
}
