using Nmodl.Parser.Units;

namespace Nmodl.Parser.Tests.Units;

/// <summary>
/// NEURON's own units table file as installed with NEURON (read at test time, never copied),
/// evaluated line by line into a <see cref="UnitTable"/> the way NEURON loads it: '/' starts a
/// comment line, a line is a name and its definition, a name defined twice keeps its first value.
/// </summary>
internal static class NeuronUnitsLibrary
{
    private static readonly string[] Candidates =
    [
        "/usr/share/nrn/lib/nrnunits.lib",
        "/usr/local/share/nrn/lib/nrnunits.lib",
    ];

    public static string? InstalledPath =>
        Environment.GetEnvironmentVariable("MODLUNIT") is { } fromEnvironment && File.Exists(fromEnvironment)
            ? fromEnvironment
            : Candidates.FirstOrDefault(File.Exists);

    public sealed record Loaded(UnitTable Table, IReadOnlyList<string> Names, IReadOnlyList<string> Rejected);

    public static Loaded Load(string path)
    {
        var table = UnitTable.Primitive;
        var names = new List<string>();
        var rejected = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '/' || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var split = line.IndexOfAny([' ', '\t']);
            if (split < 0)
            {
                continue;
            }
            var name = line[..split];
            var declared = table.Declare(name, line[split..].Trim());
            if (declared.IsSuccess)
            {
                table = declared.Value;
                names.Add(name);
            }
            else if (declared.Error!.Kind != UnitsErrorKind.Redefinition)
            {
                rejected.Add($"{line}: {declared.Error.Message}");
            }
        }
        return new Loaded(table, names, rejected);
    }
}
