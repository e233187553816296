namespace Nrn.CLib;

/// <summary>
/// The arguments of the FUNCTION or PROCEDURE a script is calling (<see cref="MechanismCalls.Call"/>), as
/// VERBATIM code reads them with NEURON's <c>ifarg(i)</c>, <c>*getarg(i)</c>, <c>hoc_is_object_arg(i)</c>,
/// <c>nrn_random_arg(i)</c> and <c>vector_arg(i)</c> (1-based). Numbers are held in one-element arrays so
/// that <c>*getarg(i)</c> can also be assigned, as C can. Outside a script call there are no arguments.
/// </summary>
public static class ScriptArguments
{
    [ThreadStatic]
    private static object?[]? _current;

    /// <summary>Makes <paramref name="arguments"/> the current ones until the returned scope is disposed (calls nest).</summary>
    public static Scope Enter(IReadOnlyList<object?> arguments)
    {
        var previous = _current;
        _current = [.. arguments.Select(a => a is double or int or long or float or uint ? new[] { Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture) } : a)];
        return new Scope(previous);
    }

    /// <summary><c>ifarg(i)</c>: 1 when argument <paramref name="i"/> was passed.</summary>
    public static int IfArg(int i) => _current is { } a && i >= 1 && i <= a.Length ? 1 : 0;

    /// <summary><c>hoc_is_double_arg(i)</c>.</summary>
    public static int IsNumber(int i) => IfArg(i) == 1 && _current![i - 1] is double[] ? 1 : 0;

    /// <summary><c>hoc_is_object_arg(i)</c>.</summary>
    public static int IsObject(int i) => IfArg(i) == 1 && _current![i - 1] is not double[] ? 1 : 0;

    /// <summary><c>getarg(i)</c>: the number passed as argument <paramref name="i"/>, as a one-element span (<c>*getarg(i)</c> is its element 0).</summary>
    public static Span<double> GetArg(int i) => Argument(i) as double[] ?? throw new ArgumentException(
        $"argument {i} is a {Describe(Argument(i))}, where a number is expected (getarg({i}))");

    /// <summary><c>nrn_random_arg(i)</c>: the Random passed as argument <paramref name="i"/>.</summary>
    public static object RandomArg(int i) => Argument(i) as NrnRandom ?? throw new ArgumentException(
        $"argument {i} is a {Describe(Argument(i))}, where a Random is expected (nrn_random_arg({i}))");

    /// <summary><c>vector_arg(i)</c>: the Vector passed as argument <paramref name="i"/>.</summary>
    public static object VectorArg(int i) => Argument(i) as Vector ?? throw new ArgumentException(
        $"argument {i} is a {Describe(Argument(i))}, where a Vector is expected (vector_arg({i}))");

    private static object? Argument(int i) => IfArg(i) == 1 ? _current![i - 1] : throw new ArgumentException(
        $"argument {i} was not passed ({_current?.Length ?? 0} argument(s) were)");

    private static string Describe(object? value) => value switch
    {
        null => "null object",
        double[] => "number",
        _ => value.GetType().Name,
    };

    /// <summary>Restores the arguments of the enclosing call.</summary>
    public readonly struct Scope(object?[]? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
