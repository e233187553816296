namespace Nrn;

/// <summary>NEURON's VecStim (vecevent.mod from NEURON's examples): an artificial cell that fires
/// at the times of a vector (<see cref="Play"/>). The vector is read while the simulation runs, one
/// element per spike, so changing it between runs changes the next run. Its NET_RECEIVE takes one
/// weight. Provided by the runtime because vecevent.mod reads the vector in VERBATIM C.</summary>
public sealed class VecStim : ArtificialCell
{
    /// <summary>NEURON's <c>h.VecStim()</c>; registers the VecStim mechanism in the simulation on first use.</summary>
    public VecStim(Simulation simulation)
        : base(simulation, VecStimMechanism.EnsureRegistered(simulation))
    {
        // Its INITIAL sends self-events, so the simulation needs its event system even without NetCons.
        Network.Of(simulation);
    }

    /// <summary>The spike times (ms), non-decreasing; null when none is played.</summary>
    public Vector? Times { get; private set; }

    /// <summary>NEURON's <c>vs.play(tvec)</c>: the cell will fire at these times from the next finitialize.</summary>
    public void Play(Vector times)
    {
        ArgumentNullException.ThrowIfNull(times);
        Times = times;
    }

    /// <summary>NEURON's <c>vs.play()</c> without a vector: the cell stops firing from the next finitialize.</summary>
    public void StopPlaying() => Times = null;
}
