namespace Basics;

/// <summary><c>[--csv FILE] [--mechs PATH]</c>; the mechanisms default to the built-ins compiled
/// by <c>nrnivmodl mod</c>, found from the current folder or the repository root above it.</summary>
internal sealed record BasicsOptions(string Mechanisms, string? Csv)
{
    public static BasicsOptions? Parse(string[] args)
    {
        string? csv = null;
        string? mechs = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--csv" when i + 1 < args.Length: csv = args[++i]; break;
                case "--mechs" when i + 1 < args.Length: mechs = args[++i]; break;
                default:
                    Console.Error.WriteLine($"basics: unexpected argument '{args[i]}'");
                    Console.Error.WriteLine("usage: Basics [--csv FILE] [--mechs PATH/nrnmech.dll]");
                    return null;
            }
        }
        return new BasicsOptions(mechs ?? DefaultMechanisms(), csv);
    }

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
