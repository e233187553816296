namespace Nrn;

/// <summary>A NetCon's weight vector: the arguments of its target's NET_RECEIVE (NEURON's
/// <c>nc.weight[i]</c>), all 0 at creation.</summary>
public sealed class NetConWeights
{
    private readonly NetCon _owner;

    internal NetConWeights(NetCon owner, int length)
    {
        _owner = owner;
        Values = new double[length];
    }

    internal double[] Values { get; }

    public int Length => Values.Length;

    public double this[int index]
    {
        get => Values[Check(index)];
        set
        {
            if (!double.IsFinite(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"{_owner}.weight[{index}] must be finite, got {value}");
            Values[Check(index)] = value;
        }
    }

    public Span<double> AsSpan() => Values;

    private int Check(int index) =>
        index >= 0 && index < Values.Length ? index
            : throw new ArgumentOutOfRangeException(nameof(index), index,
                $"{_owner}.weight[{index}]: index must be in [0, {Values.Length - 1}] ({_owner.TargetDescription} takes {Values.Length} NET_RECEIVE argument{(Values.Length == 1 ? "" : "s")})");
}
