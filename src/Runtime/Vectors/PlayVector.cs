namespace Nrn;

/// <summary>Playing a vector into a model variable (NEURON's <c>vec.play</c>): the values are
/// written into the variable (or given to a callback) during the run, as events (step play) or along straight lines between
/// the points (continuous play). A vector may be played into several variables; finitialize starts
/// every play from its first element.</summary>
public sealed partial class Vector
{
    private List<PlayRecord>? _plays;

    /// <summary>NEURON's <c>vec.play(ref, tvec, continuous)</c>: element i is written at
    /// <c>times[i]</c>; with <paramref name="continuous"/>, the variable follows the lines between
    /// the points (values before the first time are the first value).</summary>
    public Vector Play(DataReference target, Vector times, bool continuous = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(times);
        return Attach(continuous ? new PlayContinuous(this, new PlayTarget.Variable(target), times, null) : new PlayStep(this, new PlayTarget.Variable(target), times, 0));
    }

    /// <summary>NEURON's <c>vec.play(ref, tvec, indices)</c>: continuous play whose events come only at
    /// the times of the points listed in <paramref name="discontinuityIndices"/> (where the
    /// played function jumps, e.g. two points at one time).</summary>
    public Vector Play(DataReference target, Vector times, Vector discontinuityIndices)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(discontinuityIndices);
        return Attach(new PlayContinuous(this, new PlayTarget.Variable(target), times, discontinuityIndices));
    }

    /// <summary>NEURON's <c>vec.play(ref, Dt)</c>: element i is written at t = i * <paramref name="dt"/>.</summary>
    public Vector Play(DataReference target, double dt)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckPlayDt(dt, target.ToString());
        return Attach(new PlayStep(this, new PlayTarget.Variable(target), null, dt));
    }

    /// <summary>NEURON's <c>vec.play("stmt with $1", tvec)</c>: <paramref name="callback"/> is called
    /// with element i at <c>times[i]</c> (an event, during which <c>sim.T</c> is that time).</summary>
    public Vector Play(Simulation simulation, Action<double> callback, Vector times)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(times);
        return Attach(new PlayStep(this, new PlayTarget.Callback(simulation, callback), times, 0));
    }

    /// <summary>NEURON's <c>vec.play("stmt with $1", Dt)</c>: <paramref name="callback"/> is called
    /// with element i at t = i * <paramref name="dt"/>.</summary>
    public Vector Play(Simulation simulation, Action<double> callback, double dt)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(callback);
        CheckPlayDt(dt, "a callback");
        return Attach(new PlayStep(this, new PlayTarget.Callback(simulation, callback), null, dt));
    }

    /// <summary>Stops every play of this vector (NEURON's <c>play_remove()</c>); values already written stay.</summary>
    public void StopPlaying()
    {
        if (_plays is null) return;
        foreach (var play in _plays) Network.Of(play.Target.Simulation).RemovePlay(play);
        _plays = null;
    }

    private static void CheckPlayDt(double dt, string? target)
    {
        if (!(dt >= 1e-9 && dt <= 1e10))
            throw new ArgumentOutOfRangeException(nameof(dt), dt, $"Vector.Play({target}, Dt): Dt must be in [1e-9, 1e10], got {dt}");
    }

    private Vector Attach(PlayRecord play)
    {
        play.Target.Check();
        Network.Of(play.Target.Simulation).AddPlay(play);
        (_plays ??= []).Add(play);
        return this;
    }
}
