using System.Collections.Concurrent;

namespace Nrn.CLib;

/// <summary>
/// The functions a script defines for mod files to call by name, as NEURON's VERBATIM code does with
/// <c>s = hoc_lookup("name")</c>, <c>hoc_pushx(x)</c> for each argument and <c>hoc_call_func(s, n)</c>.
/// Like hoc's top-level names they are shared by the whole process; define them with
/// <see cref="Define"/> (or <c>sim.DefineFunction</c>).
/// </summary>
public static class HocFunctions
{
    private static readonly ConcurrentDictionary<string, HocFunction> Defined = new();

    [ThreadStatic]
    private static List<double>? _pushed;

    /// <summary>Defines (or replaces) the function <paramref name="name"/>: it receives the numbers pushed
    /// before the call, first pushed first, and returns its value.</summary>
    public static void Define(string name, Func<double[], double> function)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        Defined[name] = new HocFunction(name, function);
    }

    /// <summary>Removes <paramref name="name"/>; whether it was defined.</summary>
    public static bool Undefine(string name) => Defined.TryRemove(name, out _);

    /// <summary><c>hoc_lookup(name)</c>: the function, or null (NEURON's NULL) when none has that name.</summary>
    public static object? Lookup(string name) => Defined.TryGetValue(name, out var function) ? function : null;

    /// <summary><c>hoc_pushx(x)</c>: the next argument of the next <see cref="CallFunc"/>.</summary>
    public static void PushX(double value) => (_pushed ??= []).Add(value);

    /// <summary><c>hoc_call_func(s, n)</c>: calls s with the last <paramref name="count"/> numbers pushed, and removes them.</summary>
    public static double CallFunc(object? symbol, int count)
    {
        if (symbol is not HocFunction function)
            throw new InvalidOperationException(symbol is null
                ? "hoc_call_func: no function (hoc_lookup found no script function of that name; define it with HocFunctions.Define)"
                : $"hoc_call_func: a {symbol.GetType().Name} is not a function");
        var pushed = _pushed ??= [];
        if (count < 0 || count > pushed.Count)
            throw new InvalidOperationException($"hoc_call_func: {function.Name} called with {count} argument(s), {pushed.Count} pushed");
        var arguments = pushed.GetRange(pushed.Count - count, count).ToArray();
        pushed.RemoveRange(pushed.Count - count, count);
        return function.Body(arguments);
    }

    /// <summary><c>sim.DefineFunction(name, f)</c>: <see cref="Define"/> (the names are process-wide, as hoc's are).</summary>
    public static void DefineFunction(this Simulation simulation, string name, Func<double[], double> function)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        Define(name, function);
    }

    private sealed record HocFunction(string Name, Func<double[], double> Body);
}
