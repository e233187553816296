using Nrn.Abi;

namespace Nrn.Runtime.Tests.Events;

/// <summary>Hand-written stand-in for the compiled NetStim (mod/NetStim.mod), drawing from a
/// <see cref="LegacyRandom"/> stream.</summary>
internal sealed class NetStim(LegacyRandom random) : IMechanismKernels
{
    private const int Interval = 0, Number = 1, Start = 2, Noise = 3, Event = 4, On = 5, Ispike = 6;

    public static MechanismDescriptor Describe(LegacyRandom random) => new(
        "NetStim", MechanismKind.ArtificialCell,
        [
            new RangeVariable("interval", "ms", VariableKind.Parameter, 10, Interval),
            new RangeVariable("number", "", VariableKind.Parameter, 10, Number),
            new RangeVariable("start", "ms", VariableKind.Parameter, 50, Start),
            new RangeVariable("noise", "", VariableKind.Parameter, 0, Noise),
            new RangeVariable("event", "ms", VariableKind.Assigned, 0, Event),
            new RangeVariable("on", "", VariableKind.Assigned, 0, On),
            new RangeVariable("ispike", "", VariableKind.Assigned, 0, Ispike),
        ],
        [], [], [], 1, true, "NetStim.mod (test double)", () => new NetStim(random));

    public void Initialize(MechanismBlock block, CellGroupState state)
    {
        var f = block.Fields;
        for (var k = 0; k < block.Count; k++)
        {
            f[On][k] = 0;
            f[Ispike][k] = 0;
            if (f[Noise][k] < 0) f[Noise][k] = 0;
            if (f[Noise][k] > 1) f[Noise][k] = 1;
            if (f[Start][k] >= 0 && f[Number][k] > 0)
            {
                f[On][k] = 1;
                f[Event][k] = f[Start][k] + Invl(f, k, f[Interval][k]) - f[Interval][k] * (1.0 - f[Noise][k]);
                if (f[Event][k] < 0) f[Event][k] = 0;
                state.Events.NetSend(block, k, state.T + f[Event][k], 3);
            }
        }
    }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state) { }

    public void AdvanceState(MechanismBlock block, CellGroupState state) { }

    public void NetReceive(MechanismBlock block, CellGroupState state, int k, Span<double> arguments, double flag)
    {
        var f = block.Fields;
        if (flag == 0)
        {
            var w = arguments[0];
            if (w > 0 && f[On][k] == 0)
            {
                InitSequence(f, k);
                NextInvl(f, k);
                f[Event][k] = f[Event][k] - f[Interval][k] * (1.0 - f[Noise][k]);
                state.Events.NetSend(block, k, state.T + f[Event][k], 1);
            }
            else if (w < 0)
            {
                f[On][k] = 0;
            }
        }
        if (flag == 3 && f[On][k] == 1)
        {
            InitSequence(f, k);
            state.Events.NetSend(block, k, state.T + 0, 1);
        }
        if (flag == 1 && f[On][k] == 1)
        {
            f[Ispike][k] = f[Ispike][k] + 1;
            state.Events.NetEvent(block, k, state.T);
            NextInvl(f, k);
            if (f[On][k] == 1) state.Events.NetSend(block, k, state.T + f[Event][k], 1);
        }
    }

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) { }

    private static void InitSequence(double[][] f, int k)
    {
        if (f[Number][k] > 0)
        {
            f[On][k] = 1;
            f[Event][k] = 0;
            f[Ispike][k] = 0;
        }
    }

    private double Invl(double[][] f, int k, double mean)
    {
        if (mean <= 0) mean = .01;
        return f[Noise][k] == 0 ? mean : (1.0 - f[Noise][k]) * mean + f[Noise][k] * mean * random.ExpRand(1);
    }

    private void NextInvl(double[][] f, int k)
    {
        if (f[Number][k] > 0) f[Event][k] = Invl(f, k, f[Interval][k]);
        if (f[Ispike][k] >= f[Number][k]) f[On][k] = 0;
    }
}
