namespace Nrn;

/// <summary>NEURON's VecPlayContinuous: the target follows the straight lines through the points
/// (times[i], values[i]), set at every half step of the fixed step and at each point's time (an
/// event per point, so the bracketing pair advances in queue order). Before the first point it is
/// the first value; past the last point the last two points' line is followed, and at two equal
/// times the mean of their values is used, all as in NEURON. With discontinuity indices, events
/// come only at the times of those points (NEURON's <c>play(ref, tvec, indices)</c>).</summary>
internal sealed class PlayContinuous(Vector values, PlayTarget target, Vector times, Vector? discontinuities) : PlayRecord(values, target)
{
    private int _upper;
    private int _last;
    private int _nextDiscontinuity;

    public override bool IsContinuous => true;

    public override void Initialize()
    {
        if (times.Count == 0 || Values.Count < times.Count)
            throw new InvalidOperationException($"Vector.Play into {Target}: continuous play needs a nonempty time vector and at least as many values as times (times {times.Count}, values {Values.Count})");
        _last = 0;
        _upper = 0;
        _nextDiscontinuity = 0;
        if (discontinuities is null) Network.SchedulePlay(this, times[0]);
        else NextDiscontinuity();
    }

    public override void Deliver(double time)
    {
        _last = _upper;
        if (discontinuities is not null)
        {
            NextDiscontinuity();
        }
        else if (_upper < times.Count - 1)
        {
            _upper++;
            Network.SchedulePlay(this, times[_upper]);
        }
        Continuous(time);
    }

    /// <summary>The next discontinuity becomes the upper point and gets an event; after the last one the upper point is the last.</summary>
    private void NextDiscontinuity()
    {
        if (_nextDiscontinuity < discontinuities!.Count)
        {
            var index = (int)discontinuities[_nextDiscontinuity++];
            if (index < 0 || index >= times.Count)
                throw new InvalidOperationException($"Vector.Play into {Target}: discontinuity index {index} is outside the {times.Count} times");
            _upper = index;
            Network.SchedulePlay(this, times[_upper]);
        }
        else
        {
            _upper = times.Count - 1;
        }
    }

    public override void Continuous(double time) => Write(Interpolate(time));

    private double Interpolate(double time)
    {
        if (time >= times[_upper])
        {
            _last = _upper;
            if (_last == 0) return Values[0];
        }
        else if (time <= times[0])
        {
            _last = 0;
            return Values[0];
        }
        else
        {
            while (time < times[_last]) _last--;
            while (time >= times[_last]) _last++;
        }
        double x0 = Values[_last - 1], x1 = Values[_last];
        double t0 = times[_last - 1], t1 = times[_last];
        if (t0 == t1) return (x0 + x1) / 2;
        return x0 + (x1 - x0) * ((time - t0) / (t1 - t0));
    }
}
