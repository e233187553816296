namespace Nmodl.Parser.Tests.Support;

/// <summary>Valid files to mutate: a hand-written HH-like mechanism plus Debian's demos when present.</summary>
internal static class Seeds
{
    /// <summary>Our own HH-like mechanism (Oracle/hhlike.mod, also read by the oracle scripts).</summary>
    public static string HhLike => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Oracle", "hhlike.mod"));

    public static IEnumerable<(string Name, string Text)> All()
    {
        yield return ("hhlike.mod", HhLike);
        if (!Directory.Exists(RepoPaths.DebianDemoMods)) yield break;
        foreach (var path in Directory.EnumerateFiles(RepoPaths.DebianDemoMods, "*.mod").Order(StringComparer.Ordinal))
            yield return (Path.GetFileName(path), File.ReadAllText(path));
    }
}
