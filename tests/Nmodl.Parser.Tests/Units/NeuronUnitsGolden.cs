using System.Text.Json;
using Nmodl.Parser.Units;

namespace Nmodl.Parser.Tests.Units;

/// <summary>
/// tests/golden/units/neuron_units.json, written by tests/oracle/units/make_units_golden.py from
/// NEURON 8.2.2: conversion factors nocmodl compiled and loaded NEURON reported, and which
/// names NEURON's units table knows.
/// </summary>
internal sealed class NeuronUnitsGolden
{
    public sealed record Conversion(string From, string To, bool Conformable, double Value);

    public sealed record Name(string Text, bool Known);

    /// <summary>One line of a UNITS block: a declaration (Value null) or a constant NEURON computed.</summary>
    public sealed record UnitsLine(string Name, string From, string? To, double? Value);

    public sealed record DemoFile(string File, IReadOnlyList<UnitsLine> Lines);

    private NeuronUnitsGolden(
        IReadOnlyList<(string Name, string Definition)> declarations,
        IReadOnlyList<Conversion> conversions,
        IReadOnlyList<Name> names,
        IReadOnlyList<DemoFile> demoFiles)
    {
        Declarations = declarations;
        Conversions = conversions;
        Names = names;
        DemoFiles = demoFiles;
    }

    public static NeuronUnitsGolden Instance { get; } = Load();

    public IReadOnlyList<(string Name, string Definition)> Declarations { get; }

    public IReadOnlyList<Conversion> Conversions { get; }

    public IReadOnlyList<Name> Names { get; }

    /// <summary>The UNITS blocks of the demo .mod files installed with NEURON, with nocmodl's constants.</summary>
    public IReadOnlyList<DemoFile> DemoFiles { get; }

    /// <summary>The default table plus the golden file's UNITS-block declarations, as the generated .mod file had them.</summary>
    public UnitTable DeclaredTable()
    {
        var table = UnitTable.Default;
        foreach (var (name, definition) in Declarations)
        {
            table = table.Declare(name, definition).Value;
        }
        return table;
    }

    private static NeuronUnitsGolden Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("tests", "golden", "units", "neuron_units.json")));
        var root = json.RootElement;
        var declarations = root.GetProperty("declarations").EnumerateArray()
            .Select(d => (d.GetProperty("name").GetString()!, d.GetProperty("definition").GetString()!))
            .ToList();
        var conversions = root.GetProperty("conversions").EnumerateArray()
            .Select(c => new Conversion(
                c.GetProperty("from").GetString()!,
                c.GetProperty("to").GetString()!,
                c.GetProperty("conformable").GetBoolean(),
                c.GetProperty("value").GetDouble()))
            .ToList();
        var names = root.GetProperty("names").EnumerateArray()
            .Select(n => new Name(n.GetProperty("name").GetString()!, n.GetProperty("known").GetBoolean()))
            .ToList();
        var demoFiles = root.GetProperty("demo_files").EnumerateArray()
            .Select(f => new DemoFile(
                f.GetProperty("file").GetString()!,
                f.GetProperty("units").EnumerateArray().Select(ReadUnitsLine).ToList()))
            .ToList();
        return new NeuronUnitsGolden(declarations, conversions, names, demoFiles);
    }

    private static UnitsLine ReadUnitsLine(JsonElement line) =>
        line.TryGetProperty("declare", out var declared)
            ? new UnitsLine(declared.GetString()!, line.GetProperty("as").GetString()!, null, null)
            : new UnitsLine(
                line.GetProperty("constant").GetString()!,
                line.GetProperty("from").GetString()!,
                line.GetProperty("to").GetString()!,
                line.GetProperty("value").GetDouble());
}
