namespace Nrn;

/// <summary>NEURON's VecPlayStep: element i is written at <c>times[i]</c> (or at i * dt), as an
/// event, so the target is piecewise constant and changes where the event queue says.</summary>
internal sealed class PlayStep(Vector values, PlayTarget target, Vector? times, double dt) : PlayRecord(values, target)
{
    private int _current;

    public override void Initialize()
    {
        _current = 0;
        if (times is null) Network.SchedulePlay(this, 0);
        else if (times.Count > 0) Network.SchedulePlay(this, times[0]);
    }

    public override void Deliver(double time)
    {
        Write(Element(Values, _current++, "the played vector"));
        if (_current >= Values.Count) return;
        if (times is null) Network.SchedulePlay(this, time + dt);
        else if (_current < times.Count) Network.SchedulePlay(this, times[_current]);
    }
}
