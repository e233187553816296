using Nmodl.Parser.Units;
using Xunit.Abstractions;

namespace Nmodl.Parser.Tests.Units;

/// <summary>
/// Every built-in unit against the definition in the units table of the installed NEURON. When
/// NEURON is not installed these tests say so and pass; the golden-file tests still run.
/// </summary>
public class NeuronUnitsLibraryTests(ITestOutputHelper output)
{
    private NeuronUnitsLibrary.Loaded? LoadInstalled()
    {
        var path = NeuronUnitsLibrary.InstalledPath;
        if (path is null)
        {
            output.WriteLine("NEURON's nrnunits.lib is not installed (set MODLUNIT to its path); comparison not run.");
            return null;
        }
        var loaded = NeuronUnitsLibrary.Load(path);
        output.WriteLine($"Comparing with {path}: {loaded.Names.Count} names, {loaded.Rejected.Count} lines NEURON's table cannot evaluate either");
        foreach (var line in loaded.Rejected)
        {
            output.WriteLine(line);
        }
        return loaded;
    }

    [Fact]
    public void Every_built_in_unit_has_NEURONs_value_and_dimension()
    {
        if (LoadInstalled() is not { } neuron)
        {
            return;
        }

        var mismatches = UnitTable.Default.Names
            .Select(name => (name, ours: UnitTable.Default.Parse(name), theirs: neuron.Table.Parse(name)))
            .Where(u => !u.theirs.IsSuccess || !Same(u.ours.Value, u.theirs.Value))
            .Select(u => $"{u.name}: ours {u.ours}, NEURON {u.theirs}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void A_NEURON_unit_we_leave_out_is_reported_unknown_rather_than_read_as_something_else()
    {
        if (LoadInstalled() is not { } neuron)
        {
            return;
        }

        var misread = neuron.Names
            .Select(name => (name, ours: UnitTable.Default.Parse(name), theirs: neuron.Table.Parse(name)))
            .Where(u => u.ours.IsSuccess && !Same(u.ours.Value, u.theirs.Value))
            .Select(u => $"{u.name}: ours {u.ours}, NEURON {u.theirs}")
            .ToList();

        Assert.Empty(misread);
    }

    [Fact]
    public void The_physical_constants_come_from_NEURONs_modern_lines()
    {
        if (LoadInstalled() is not { } neuron)
        {
            return;
        }

        Assert.Equal(96485.33212331001, neuron.Table.Parse("faraday").Value.Factor);
        Assert.Equal(neuron.Table.Parse("faraday").Value, UnitTable.Default.Parse("faraday").Value);
    }

    private static bool Same(PhysicalUnit ours, PhysicalUnit theirs) =>
        ours.Dimension == theirs.Dimension && ours.Factor == theirs.Factor;
}
