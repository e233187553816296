namespace Nrn.Abi;

/// <summary>
/// The values behind a one-argument <c>FUNCTION_TABLE f(x)</c> of a mechanism type, filled by the
/// user as NEURON's <c>table_f_mech(...)</c> does: a constant, y over the points x, or y over n
/// evenly spaced points from min to max. A lookup clamps x to the ends and interpolates linearly
/// between neighbouring points, in NEURON's arithmetic (so values agree to the last bit). The
/// arrays are copied: changing them afterwards does not change the table.
/// </summary>
public sealed class FunctionTable(string mechanism, string name)
{
    private double[] _y = [];
    private double[] _x = [];
    private double _min;
    private double _max;

    public string Mechanism { get; } = mechanism;
    public string Name { get; } = name;

    /// <summary>True once one of the Set methods has filled the table.</summary>
    public bool IsSpecified { get; private set; }

    /// <summary><c>table_f_mech(value)</c>: the function is this constant.</summary>
    public void SetConstant(double value)
    {
        _y = [value];
        _x = [];
        IsSpecified = true;
    }

    /// <summary><c>table_f_mech(yvec, xvec)</c>: y[k] at x[k]; x must not decrease.</summary>
    public void Set(ReadOnlySpan<double> y, ReadOnlySpan<double> x)
    {
        if (y.Length != x.Length || y.Length == 0)
            throw new ArgumentException($"{Describe()}: the values ({y.Length}) and the points ({x.Length}) must have the same nonzero length");
        for (var k = 1; k < x.Length; k++)
            if (!(x[k] >= x[k - 1]))
                throw new ArgumentException($"{Describe()}: the points must not decrease, but x[{k}] = {x[k]} follows x[{k - 1}] = {x[k - 1]}");
        _y = y.ToArray();
        _x = x.ToArray();
        IsSpecified = true;
    }

    /// <summary><c>table_f_mech(&amp;y, n, min, max)</c>: y[k] at min + k (max - min)/(n - 1).</summary>
    public void Set(ReadOnlySpan<double> y, double min, double max)
    {
        if (y.Length == 0) throw new ArgumentException($"{Describe()}: the table needs at least one value");
        if (!(max >= min)) throw new ArgumentException($"{Describe()}: min {min} is greater than max {max}");
        _y = y.ToArray();
        _x = [];
        _min = min;
        _max = max;
        IsSpecified = true;
    }

    /// <summary>The function's value at x.</summary>
    public double Lookup(double x)
    {
        if (!IsSpecified) throw new InvalidOperationException($"{Describe()} has no values yet: fill it (table_{Name}_{Mechanism} in NEURON) before it is used");
        var (j, frac) = _x.Length > 0 ? AtPoints(x) : Evenly(x);
        return frac > 0.0 ? (1.0 - frac) * _y[j] + frac * _y[j + 1] : _y[j];
    }

    private (int, double) AtPoints(double x)
    {
        var last = _x.Length - 1;
        if (x <= _x[0]) return (0, 0.0);
        if (x >= _x[last]) return (last, 0.0);
        int low = 0, high = last;
        while (low < high - 1)
        {
            var middle = (low + high) / 2;
            if (_x[middle] <= x) low = middle;
            else high = middle;
        }
        return (low, (x - _x[low]) / (_x[low + 1] - _x[low]));
    }

    private (int, double) Evenly(double x)
    {
        if (_y.Length == 1 || x <= _min) return (0, 0.0);
        if (x >= _max) return (_y.Length - 1, 0.0);
        var step = (_max - _min) / (_y.Length - 1);
        var position = (x - _min) / step;
        var j = (int)position;
        return (j, position - j);
    }

    private string Describe() => $"FUNCTION_TABLE {Name} of mechanism '{Mechanism}'";
}
