namespace Nmodl.Codegen.Ir;

/// <summary>The math functions NMODL code may call without declaring them (those of C's math.h
/// that NEURON exposes), with their arity.</summary>
public static class MathFunctions
{
    private static readonly Dictionary<string, int> Arity = new()
    {
        ["exp"] = 1, ["log"] = 1, ["log10"] = 1, ["sqrt"] = 1, ["fabs"] = 1, ["pow"] = 2,
        ["sin"] = 1, ["cos"] = 1, ["tan"] = 1, ["asin"] = 1, ["acos"] = 1, ["atan"] = 1, ["atan2"] = 2,
        ["sinh"] = 1, ["cosh"] = 1, ["tanh"] = 1, ["floor"] = 1, ["ceil"] = 1, ["fmod"] = 2,
        ["fmin"] = 2, ["fmax"] = 2,
        ["scop_random"] = 0, ["exprand"] = 1, ["normrand"] = 2, ["set_seed"] = 1,
    };

    /// <summary>The built-ins that draw from or reseed NEURON's shared random stream
    /// (<c>Nrn.Abi.ScopRandom</c>): never folded, hoisted, merged or vectorized, since each call
    /// advances the stream.</summary>
    private static readonly Dictionary<string, string> Random = new()
    {
        ["scop_random"] = "ScopRandom.Next", ["exprand"] = "ScopRandom.Exprand", ["normrand"] = "ScopRandom.Normrand", ["set_seed"] = "ScopRandom.SetSeed",
    };

    public static bool IsKnown(string name) => Arity.ContainsKey(name);

    public static bool IsImpure(string name) => Random.ContainsKey(name);

    public static int ArityOf(string name) =>
        Arity.TryGetValue(name, out var n) ? n : throw new ArgumentException($"'{name}' is not a built-in math function", nameof(name));

    /// <summary>Evaluates a built-in at compile time (constant folding) with the same .NET
    /// functions the generated code calls, so folding never changes a result.</summary>
    public static double Evaluate(string name, ReadOnlySpan<double> a) => name switch
    {
        "exp" => Math.Exp(a[0]),
        "log" => Math.Log(a[0]),
        "log10" => Math.Log10(a[0]),
        "sqrt" => Math.Sqrt(a[0]),
        "fabs" => Math.Abs(a[0]),
        "pow" => Math.Pow(a[0], a[1]),
        "sin" => Math.Sin(a[0]),
        "cos" => Math.Cos(a[0]),
        "tan" => Math.Tan(a[0]),
        "asin" => Math.Asin(a[0]),
        "acos" => Math.Acos(a[0]),
        "atan" => Math.Atan(a[0]),
        "atan2" => Math.Atan2(a[0], a[1]),
        "sinh" => Math.Sinh(a[0]),
        "cosh" => Math.Cosh(a[0]),
        "tanh" => Math.Tanh(a[0]),
        "floor" => Math.Floor(a[0]),
        "ceil" => Math.Ceiling(a[0]),
        "fmod" => a[0] % a[1],
        "fmin" => Math.Min(a[0], a[1]),
        "fmax" => Math.Max(a[0], a[1]),
        _ => throw new ArgumentException($"'{name}' is not a built-in math function", nameof(name)),
    };

    /// <summary>The C# expression that computes the function, given its argument texts.</summary>
    public static string CSharp(string name, IReadOnlyList<string> a) => Random.TryGetValue(name, out var random) ? $"{random}({string.Join(", ", a)})" : name switch
    {
        "fabs" => $"Math.Abs({a[0]})",
        "ceil" => $"Math.Ceiling({a[0]})",
        "fmod" => $"({a[0]} % {a[1]})",
        "fmin" => $"Math.Min({a[0]}, {a[1]})",
        "fmax" => $"Math.Max({a[0]}, {a[1]})",
        _ => $"Math.{char.ToUpperInvariant(name[0])}{name[1..]}({string.Join(", ", a)})",
    };
}
