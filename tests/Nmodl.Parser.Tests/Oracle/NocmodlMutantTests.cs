using System.Text.Json;
using Nmodl.Parser.Parsing;
using Nmodl.Parser.Tests.Support;
using Xunit.Abstractions;

namespace Nmodl.Parser.Tests.Oracle;

/// <summary>
/// Differential test against NEURON's nocmodl on about a thousand token-edited files
/// (nocmodl_mutants.py): we accept every file nocmodl accepts, and a file nocmodl rejects but we
/// accept is rejected by nocmodl for a semantic reason (declarations, units, names), which
/// is the next layer's job, never for its syntax.
/// </summary>
public class NocmodlMutantTests(ITestOutputHelper output)
{
    /// <summary>nocmodl's messages for checks that come after parsing.</summary>
    private static readonly string[] SemanticReasons =
    [
        "Multiple declaration of", "used as both variable and function", "Cannot recognize the units",
        "Units redefinition", "must be declared as a state variable", "must be a STATE", "is not a valid ionic variable",
        "can't be used with Block", "is not an array", "does not have a proper declaration", "Need declaration in UNITS",
        "variable needs an index", "Redefinition of units", "can't be declared a parameter", "is a FUNCTION", "is a RESERVED WORD",
    ];

    [Fact]
    public void AgreesWithNocmodlUpToSemanticChecks()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Oracle", "nocmodl_mutants.json");
        var seeds = new Dictionary<string, string?>();
        var checkedCount = 0;
        var skipped = 0;
        var semanticOnly = 0;
        var nocmodlCrashed = 0;
        var leadingComma = 0;
        var failures = new List<string>();
        foreach (var item in JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray())
        {
            var seed = item.GetProperty("seed").GetString()!;
            if (!seeds.TryGetValue(seed, out var text)) seeds[seed] = text = LoadSeed(seed);
            if (text is null)
            {
                skipped++;
                continue;
            }
            var mutant = Mutate(text, item.GetProperty("op").GetString()!, Offset(item, "s"), Offset(item, "e"), Offset(item, "s2"), Offset(item, "e2"));
            var weAccept = !NmodlParser.ParseText(mutant, seed).HasErrors;
            var nocmodlAccepts = item.GetProperty("nocmodl_accepts").GetBoolean();
            if (item.TryGetProperty("nocmodl_crashed", out _))
            {
                nocmodlCrashed++;
                continue;
            }
            var reason = item.TryGetProperty("nocmodl_reason", out var r) ? r.GetString()! : "";
            checkedCount++;
            if (nocmodlAccepts && !weAccept && LeadingEmptyArgument(mutant))
            {
                leadingComma++;
                continue;
            }
            if (nocmodlAccepts && !weAccept) failures.Add($"we reject what nocmodl accepts: {item}");
            if (nocmodlAccepts || !weAccept) continue;
            if (SemanticReasons.Any(reason.Contains)) semanticOnly++;
            else failures.Add($"we accept what nocmodl rejects for '{reason}': {item}");
        }
        output.WriteLine($"{checkedCount} mutants compared with nocmodl ({semanticOnly} rejected by nocmodl only for semantic reasons, "
            + $"{leadingComma} with an empty first call argument); {nocmodlCrashed} not compared because nocmodl crashed; {skipped} skipped (Debian demos absent)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedCount >= 250, $"only {checkedCount} mutants checked");
    }

    private static int Offset(JsonElement item, string name) => item.GetProperty(name).GetInt32();

    /// <summary>
    /// nocmodl's argument-list rule lets <c>f(, 1)</c> through to C, where it fails to compile;
    /// we reject it at once, a deliberate difference.
    /// </summary>
    private static bool LeadingEmptyArgument(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"[A-Za-z_]\w*\s*\(\s*,");

    private static string? LoadSeed(string name)
    {
        var path = name == "hhlike.mod"
            ? Path.Combine(AppContext.BaseDirectory, "Oracle", name)
            : Path.Combine(RepoPaths.DebianDemoMods, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The same edits as nocmodl_mutants.py.</summary>
    private static string Mutate(string text, string op, int s, int e, int s2, int e2) => op switch
    {
        "delete" => text[..s] + text[e..],
        "duplicate" => text[..e] + " " + text[s..e] + text[e..],
        _ => text[..s] + text[s2..e2] + text[e..s2] + text[s..e] + text[e2..],
    };
}
