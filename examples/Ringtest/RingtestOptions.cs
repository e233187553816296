using System.Globalization;

namespace Ringtest;

/// <summary>ringtest's options that shape the model (<c>-nring -ncell -npt -branch -compart -tstop</c>,
/// here with two dashes) plus <c>--mechs PATH</c> (the built-ins compiled by <c>nrnivmodl mod</c>,
/// found from the current folder or above) and <c>--out FILE</c> (the raster, default spk1.std).</summary>
internal sealed record RingtestOptions(RingtestConfig Config, string Mechanisms, string Output)
{
    public const string Usage = "usage: Ringtest [--nring N] [--ncell N] [--npt N] [--branch MIN MAX] [--compart MIN MAX] [--tstop MS] [--mechs PATH/nrnmech.dll] [--out FILE]";

    public static RingtestOptions Parse(string[] args)
    {
        var config = new RingtestConfig();
        string? mechs = null;
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
                "--mechs" => Keep(config, mechs = Next()),
                "--out" => Keep(config, output = Next()),
                _ => throw new ArgumentException($"ringtest: unexpected argument '{args[i]}'\n{Usage}"),
            };
        }
        config.Validate();
        return new RingtestOptions(config, mechs ?? DefaultMechanisms(), output);
    }

    private static RingtestConfig Keep(RingtestConfig config, string _) => config;

    private static string DefaultMechanisms()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "mod", "x86_64", "nrnmech.dll");
            if (File.Exists(candidate)) return candidate;
        }
        return Path.Combine("mod", "x86_64", "nrnmech.dll");
    }
}
