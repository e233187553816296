namespace Nrn;

/// <summary>NEURON's PatternStim (pattern.mod): replays (time, gid) spike pairs, e.g. the output
/// of a larger run, into the connections made with <see cref="Network.GidConnect"/>. With
/// <c>fake_output</c> = 1, a gid with no such connection but a cell here (<see cref="Network.SetGid"/>)
/// sends the spike as if that cell had fired. Provided by the runtime because pattern.mod keeps
/// its pairs in VERBATIM C.</summary>
public sealed class PatternStim : ArtificialCell
{
    /// <summary>NEURON's <c>h.PatternStim()</c>; registers the mechanism in the simulation on first use.</summary>
    public PatternStim(Simulation simulation)
        : base(simulation, PatternStimMechanism.EnsureRegistered(simulation))
    {
        // Its INITIAL sends self-events, so the simulation needs its event system even without NetCons.
        Network.Of(simulation);
    }

    internal double[] Times { get; private set; } = [];
    internal int[] Gids { get; private set; } = [];
    internal bool HasPattern { get; private set; }

    /// <summary>Where the next pair to send is.</summary>
    internal int Next { get; set; }

    /// <summary>NEURON's <c>ps.play(tvec, gidvec)</c>: copies the pairs (later changes to the vectors
    /// do not matter, as in NEURON). Times must not decrease.</summary>
    public void Play(Vector times, Vector gids)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(gids);
        if (gids.Count < times.Count)
            throw new ArgumentException($"{Name}.play: {times.Count} times but only {gids.Count} gids", nameof(gids));
        Times = times.ToArray();
        Gids = [.. gids.Take(times.Count).Select(g => (int)g)];
        HasPattern = Times.Length > 0;
    }

    /// <summary>NEURON's <c>ps.play()</c> without arguments: forget the pairs.</summary>
    public void StopPlaying()
    {
        Times = [];
        Gids = [];
        HasPattern = false;
    }
}
