namespace Nrn.Abi;

/// <summary>
/// The values behind a <c>FUNCTION_TABLE f(x1, ..., xn)</c> of a mechanism type, filled by the
/// user as NEURON's <c>table_f_mech(...)</c> does: a constant, or values over a grid with one
/// <see cref="TableAxis"/> per argument (evenly spaced or at points; a one-argument table also
/// takes y over the points x). A lookup clamps each argument to its ends; as NEURON's
/// hoc_func_table it interpolates linearly in one argument, bilinearly in two, and with three or
/// more takes the grid value at or below the arguments. The arithmetic is NEURON's, so values
/// agree to the last bit. The values are copied: changing the arrays afterwards does not change the table.
/// </summary>
public sealed class FunctionTable(string mechanism, string name, int arity = 1)
{
    private double[] _y = [];
    private TableAxis[] _axes = [];

    public string Mechanism { get; } = mechanism;
    public string Name { get; } = name;

    /// <summary>NEURON's name for the function that fills the table: <c>table_f_mech</c>.</summary>
    public string NeuronName => $"table_{Name}_{Mechanism}";

    /// <summary>The number of arguments of the function.</summary>
    public int Arity { get; } = arity >= 1 ? arity : throw new ArgumentOutOfRangeException(nameof(arity), arity, "a FUNCTION_TABLE has at least one argument");

    /// <summary>True once one of the Set methods has filled the table.</summary>
    public bool IsSpecified { get; private set; }

    /// <summary><c>table_f_mech(value)</c>: the function is this constant.</summary>
    public void SetConstant(double value)
    {
        _y = [value];
        _axes = [.. Enumerable.Repeat(TableAxis.Single, Arity)];
        IsSpecified = true;
    }

    /// <summary><c>table_f_mech(yvec, xvec)</c> of a one-argument table: y[k] at x[k]; x must not decrease.</summary>
    public void Set(ReadOnlySpan<double> y, ReadOnlySpan<double> x)
    {
        if (y.Length != x.Length || y.Length == 0)
            throw new ArgumentException($"{Describe()}: the values ({y.Length}) and the points ({x.Length}) must have the same nonzero length");
        TableAxis axis;
        try
        {
            axis = TableAxis.AtPoints(x);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{Describe()}: {e.Message}", e);
        }
        Set(y, axis);
    }

    /// <summary><c>table_f_mech(&amp;y, n, min, max)</c> of a one-argument table: y[k] at min + k (max - min)/(n - 1).</summary>
    public void Set(ReadOnlySpan<double> y, double min, double max)
    {
        if (y.Length == 0) throw new ArgumentException($"{Describe()}: the table needs at least one value");
        if (!(max >= min)) throw new ArgumentException($"{Describe()}: min {min} is greater than max {max}");
        Set(y, TableAxis.Evenly(y.Length, min, max));
    }

    /// <summary><c>table_f_mech(&amp;y, n1, min1, max1, n2, &amp;x2, ...)</c>: one axis per argument;
    /// y holds the grid in row order (the last argument varies fastest).</summary>
    public void Set(ReadOnlySpan<double> y, params TableAxis[] axes)
    {
        if (axes.Length != Arity) throw new ArgumentException($"{Describe()} has {Arity} argument(s), so it needs {Arity} axes, not {axes.Length}");
        var size = axes.Aggregate(1L, (product, a) => product * a.Size);
        if (y.Length != size)
            throw new ArgumentException($"{Describe()}: a grid of {string.Join(" x ", axes.Select(a => a.Size))} needs {size} values, not {y.Length}");
        _y = y.ToArray();
        _axes = [.. axes];
        IsSpecified = true;
    }

    /// <summary>The value of a one-argument function at x.</summary>
    public double Lookup(double x) => Lookup([x]);

    /// <summary>The function's value at the arguments x.</summary>
    public double Lookup(ReadOnlySpan<double> x)
    {
        if (!IsSpecified) throw new InvalidOperationException($"{Describe()} has no values yet: fill it ({NeuronName} in NEURON) before it is used");
        if (x.Length != Arity) throw new ArgumentException($"{Describe()} takes {Arity} argument(s), not {x.Length}");
        var j = 0;
        double first = 0.0, second = 0.0;
        for (var a = 0; a < x.Length; a++)
        {
            var (index, fraction) = _axes[a].Locate(x[a]);
            j = j * _axes[a].Size + index;
            if (a == 0) first = fraction;
            else if (a == 1) second = fraction;
        }
        return x.Length switch
        {
            1 => Between(first, j),
            2 when first != 0.0 => Between(first, Between(second, j), Between(second, j + _axes[1].Size)),
            2 => Between(second, j),
            _ => _y[j],
        };
    }

    private double Between(double fraction, int j) => Between(fraction, _y[j], fraction > 0.0 ? _y[j + 1] : 0.0);

    private static double Between(double fraction, double low, double high) => fraction > 0.0 ? (1.0 - fraction) * low + fraction * high : low;

    private string Describe() => $"FUNCTION_TABLE {Name} of mechanism '{Mechanism}'";
}
