using System.Globalization;

namespace RingtestBenchmark;

/// <summary><c>[--size RINGSxCELLS]... [--tstop MS] [--repeat N] [--no-neuron] [--python PATH]</c>;
/// sizes default to ringtest's default (16x8) and a larger one (128x32).</summary>
internal sealed record BenchmarkOptions(IReadOnlyList<(int Rings, int Cells)> Sizes, double Tstop, int Repeat, bool Neuron, string Python)
{
    public const string Usage = "usage: RingtestBenchmark [--size RINGSxCELLS]... [--tstop MS] [--repeat N] [--no-neuron] [--python PATH]";

    public static BenchmarkOptions Parse(string[] args)
    {
        var sizes = new List<(int, int)>();
        var (tstop, repeat, neuron, python) = (100.0, 3, true, "/usr/bin/python3");
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            switch (args[i])
            {
                case "--size":
                    var parts = Next().Split('x');
                    if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var r) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var c) || r < 1 || c < 1)
                        throw new ArgumentException($"--size takes RINGSxCELLS with positive integers, e.g. 128x32; got '{args[i]}'");
                    sizes.Add((r, c));
                    break;
                case "--tstop": tstop = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--no-neuron": neuron = false; break;
                case "--python": python = Next(); break;
                default: throw new ArgumentException($"unexpected argument '{args[i]}'\n{Usage}");
            }
        }
        if (repeat < 1) throw new ArgumentException($"--repeat must be >= 1, got {repeat}");
        if (sizes.Count == 0) sizes.AddRange([(16, 8), (128, 32)]);
        return new BenchmarkOptions(sizes, tstop, repeat, neuron, python);
    }

}
