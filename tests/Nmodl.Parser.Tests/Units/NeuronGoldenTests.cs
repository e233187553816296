using Nmodl.Parser.Units;

namespace Nmodl.Parser.Tests.Units;

/// <summary>Our table against the numbers NEURON 8.2.2 itself produced (see <see cref="NeuronUnitsGolden"/>).</summary>
public class NeuronGoldenTests
{
    private static NeuronUnitsGolden Golden => NeuronUnitsGolden.Instance;

    public static TheoryData<int> ConversionIndices() => new(Enumerable.Range(0, Golden.Conversions.Count));

    public static TheoryData<int> NameIndices() => new(Enumerable.Range(0, Golden.Names.Count));

    [Fact]
    public void The_golden_file_covers_at_least_25_distinct_conversions()
    {
        Assert.True(Golden.Conversions.Select(c => (c.From, c.To)).Distinct().Count() >= 25);
    }

    [Theory]
    [MemberData(nameof(ConversionIndices))]
    public void Ratio_matches_the_constant_NEURON_compiled(int index)
    {
        var expected = Golden.Conversions[index];

        var ratio = Golden.DeclaredTable().Ratio(expected.From, expected.To);

        Assert.True(ratio.IsSuccess, ratio.ToString());
        AssertRelativelyClose(expected.Value, ratio.Value, $"({expected.From}) ({expected.To})");
    }

    [Theory]
    [MemberData(nameof(ConversionIndices))]
    public void Conversion_factor_agrees_with_NEURON_or_reports_both_nonconformable_units(int index)
    {
        var expected = Golden.Conversions[index];

        var factor = Golden.DeclaredTable().ConversionFactor(expected.From, expected.To);

        if (expected.Conformable)
        {
            Assert.True(factor.IsSuccess, factor.ToString());
            AssertRelativelyClose(expected.Value, factor.Value, $"({expected.From}) ({expected.To})");
        }
        else
        {
            Assert.Equal(UnitsErrorKind.NotConformable, factor.Error?.Kind);
            Assert.Contains($"({expected.From})", factor.Error!.Message);
            Assert.Contains($"({expected.To})", factor.Error.Message);
        }
    }

    [Fact]
    public void Every_conversion_is_bit_for_bit_what_NEURON_computed()
    {
        var table = Golden.DeclaredTable();
        var differing = Golden.Conversions
            .Where(c => table.Ratio(c.From, c.To) is var r && (!r.IsSuccess || r.Value != c.Value))
            .Select(c => $"({c.From}) ({c.To})")
            .ToList();

        Assert.Empty(differing);
    }

    [Theory]
    [MemberData(nameof(NameIndices))]
    public void A_name_is_known_exactly_when_NEURON_knows_it(int index)
    {
        var name = Golden.Names[index];

        var parsed = UnitTable.Default.Parse(name.Text);

        if (name.Known)
        {
            Assert.True(parsed.IsSuccess, parsed.ToString());
        }
        else
        {
            Assert.Equal(UnitsErrorKind.UnknownUnit, parsed.Error?.Kind);
            Assert.Contains(parsed.Error!.UnitName!, name.Text);
            Assert.Contains($"'{parsed.Error.UnitName}'", parsed.Error.Message);
        }
    }

    public static TheoryData<string> DemoFileNames() => new(Golden.DemoFiles.Select(f => f.File));

    [Theory]
    [MemberData(nameof(DemoFileNames))]
    public void The_UNITS_blocks_of_NEURONs_demo_mechanisms_give_nocmodls_constants(string file)
    {
        var table = UnitTable.Default;
        foreach (var line in Golden.DemoFiles.Single(f => f.File == file).Lines)
        {
            if (line.To is null)
            {
                var declared = table.Declare(line.Name, line.From);
                Assert.True(declared.IsSuccess, $"{file}: ({line.Name}) = ({line.From}): {declared}");
                table = declared.Value;
            }
            else
            {
                var factor = table.ConversionFactor(line.From, line.To);
                Assert.True(factor.IsSuccess, $"{file}: {line.Name}: {factor}");
                Assert.Equal(line.Value!.Value, factor.Value);
            }
        }
    }

    private static void AssertRelativelyClose(double expected, double actual, string what)
    {
        var relative = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(relative <= 1e-12, $"{what}: NEURON {expected:R}, ours {actual:R} (relative difference {relative:E2})");
    }
}
