using System.Globalization;

namespace Ringtest;

/// <summary>ringtest's options that shape the model (<c>-nring -ncell -npt -branch -compart -tstop</c>,
/// here with two dashes) plus <c>--out FILE</c> (the raster, default spk1.std).</summary>
internal sealed record RingtestOptions(RingtestConfig Config, string Output)
{
    public const string Usage = "usage: Ringtest [--nring N] [--ncell N] [--npt N] [--branch MIN MAX] [--compart MIN MAX] [--tstop MS] [--out FILE]";

    public static RingtestOptions Parse(string[] args)
    {
        var config = new RingtestConfig();
        var output = "spk1.std";
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"ringtest: {args[i]} needs a value\n{Usage}");
            int Int() => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
                : throw new ArgumentException($"ringtest: {args[i - 1]} takes an integer, got '{args[i]}'");
            config = args[i] switch
            {
                "--nring" => config with { Rings = Int() },
                "--ncell" => config with { CellsPerRing = Int() },
                "--npt" => config with { CellsPerType = Int() },
                "--branch" => config with { MinBranches = Int(), MaxBranches = Int() },
                "--compart" => config with { MinCompartments = Int(), MaxCompartments = Int() },
                "--tstop" => config with { Tstop = double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t
                    : throw new ArgumentException($"ringtest: --tstop takes a number, got '{args[i]}'") },
                "--out" => Keep(config, output = Next()),
                _ => throw new ArgumentException($"ringtest: unexpected argument '{args[i]}'\n{Usage}"),
            };
        }
        config.Validate();
        return new RingtestOptions(config, output);
    }

    private static RingtestConfig Keep(RingtestConfig config, string _) => config;
}
