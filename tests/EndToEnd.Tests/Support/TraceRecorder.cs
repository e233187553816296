using Nrn;

namespace EndToEnd.Tests.Support;

/// <summary>t and v at one segment after finitialize and every step, as NEURON's recording Vectors.</summary>
public sealed class TraceRecorder(Segment segment) : IRecorder
{
    public List<double> T { get; } = [];

    public List<double> V { get; } = [];

    public void Record(Simulation simulation)
    {
        T.Add(simulation.T);
        V.Add(segment.V);
    }
}
