using System.Globalization;

namespace WholeSimulation;

/// <summary>The command line: <c>[--cells N] [--model soma|cable|all] [--no-neuron] [--scalar]
/// [--plain] [--prebuilt] [--repeat N] [--python PATH] [--json FILE]</c>.</summary>
public sealed record BenchmarkArguments(int? Cells, IReadOnlyList<string> Scenarios, bool RunNeuron, bool Scalar, bool Plain, bool Prebuilt, int Repeat, string? Python, string? Json)
{
    public const string Usage =
        "usage: Simulation [--cells N] [--model soma|cable|all] [--no-neuron] [--scalar] [--plain] [--prebuilt] [--repeat N] [--python PATH] [--json FILE]\n" +
        "  --cells N      cells of the cable model (default: models.json's, 1000)\n" +
        "  --model M      soma, cable or all (default all)\n" +
        "  --no-neuron    do not run NEURON's side (benchmarks/neuron/bench_neuron.py)\n" +
        "  --scalar       compile the mechanisms with the scalar backend instead of SIMD\n" +
        "  --plain        every cell laid out on its own (no interleaving of equal cells in vector lanes)\n" +
        "  --prebuilt     run the built-ins the build compiled (Nrn.Builtins.dll, as a user's program does) instead of compiling mod/ here\n" +
        "  --repeat N     timed runs of our side per model, the fastest is reported (default 1)\n" +
        "  --python PATH  the Python that has NEURON (default: the one named by bench_neuron.py's #! line)\n" +
        "  --json FILE    also write every run, ours and NEURON's, to FILE as JSON";

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        int? cells = null;
        var model = "all";
        var runNeuron = true;
        var scalar = false;
        var plain = false;
        var prebuilt = false;
        var repeat = 1;
        string? python = null;
        string? json = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--cells": cells = Positive("--cells", Value(args, ref i)); break;
                case "--model": model = Value(args, ref i); break;
                case "--no-neuron": runNeuron = false; break;
                case "--scalar": scalar = true; break;
                case "--plain": plain = true; break;
                case "--prebuilt": prebuilt = true; break;
                case "--repeat": repeat = Positive("--repeat", Value(args, ref i)); break;
                case "--python": python = Value(args, ref i); break;
                case "--json": json = Value(args, ref i); break;
                default: throw new BenchmarkException($"unknown argument '{args[i]}'\n{Usage}");
            }
        }
        IReadOnlyList<string> scenarios = model switch
        {
            "all" => ["soma", "cable"],
            "soma" or "cable" => [model],
            _ => throw new BenchmarkException($"--model must be soma, cable or all, got '{model}'"),
        };
        if (prebuilt && scalar) throw new BenchmarkException("--prebuilt runs the built-ins as the build compiled them (SIMD); it cannot be combined with --scalar");
        return new BenchmarkArguments(cells, scenarios, runNeuron, scalar, plain, prebuilt, repeat, python, json);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new BenchmarkException($"{args[i - 1]} needs a value\n{Usage}");

    private static int Positive(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new BenchmarkException($"{option} must be a whole number of at least 1, got '{text}'");
}
