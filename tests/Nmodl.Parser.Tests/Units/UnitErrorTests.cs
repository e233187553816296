using Nmodl.Parser.Units;

namespace Nmodl.Parser.Tests.Units;

/// <summary>Bad input gives an error naming the unit and the expression, and never an exception.</summary>
public class UnitErrorTests
{
    [Fact]
    public void An_unknown_unit_is_named_with_its_expression_and_a_declaration_to_add()
    {
        var error = UnitTable.Default.Parse("mA/cm2").Error!;

        Assert.Equal(UnitsErrorKind.UnknownUnit, error.Kind);
        Assert.Equal("mA", error.UnitName);
        Assert.Contains("'mA'", error.Message);
        Assert.Contains("(mA/cm2)", error.Message);
        Assert.Contains("(mA) = (milliamp)", error.Message);
    }

    [Theory]
    [InlineData("mV", "(mV) = (millivolt)")]
    [InlineData("mM", "(mM) = (milli/liter)")]
    [InlineData("uM", "(uM) = (micro/liter)")]
    [InlineData("um", "(um) = (micrometer)")]
    [InlineData("uS", "(uS) = (microsiemens)")]
    [InlineData("nA", "(nA) = (nanoamp)")]
    [InlineData("M", "(M) = (/liter)")]
    [InlineData("mol", "(mol) = (mole)")]
    [InlineData("kohm", "(kohm) = (kiloohm)")]
    public void The_suggested_declaration_compiles_and_defines_the_intended_unit(string symbol, string suggestion)
    {
        var error = UnitTable.Default.Parse(symbol).Error!;
        Assert.Contains(suggestion, error.Message);

        var definition = suggestion[(suggestion.IndexOf("= (", StringComparison.Ordinal) + 3)..^1];
        var declared = UnitTable.Default.Declare(symbol, definition);

        Assert.True(declared.IsSuccess, declared.ToString());
        Assert.True(declared.Value.Parse(symbol).IsSuccess);
    }

    [Fact]
    public void A_symbol_without_a_known_spelling_gets_a_generic_hint()
    {
        var error = UnitTable.Default.Parse("frobs").Error!;

        Assert.Equal("frobs", error.UnitName);
        Assert.Contains("(frobs) = (...)", error.Message);
    }

    [Fact]
    public void Nonconformable_units_are_reported_with_both_expressions_and_dimensions()
    {
        var error = UnitTable.Default.ConversionFactor("millivolt", "coulomb").Error!;

        Assert.Equal(UnitsErrorKind.NotConformable, error.Kind);
        Assert.Contains("(millivolt)", error.Message);
        Assert.Contains("(coulomb)", error.Message);
        Assert.Contains("m2-kg/sec2-coul", error.Message);
    }

    [Fact]
    public void Ratio_ignores_dimensions_like_nocmodl()
    {
        Assert.Equal(1e-3, UnitTable.Default.Ratio("millivolt", "coulomb").Value, 1e-18);
    }

    [Fact]
    public void Conversion_of_an_unknown_unit_names_it()
    {
        var error = UnitTable.Default.ConversionFactor("faraday", "kC").Error!;

        Assert.Equal(UnitsErrorKind.UnknownUnit, error.Kind);
        Assert.Equal("kC", error.UnitName);
    }

    [Theory]
    [InlineData("ms", "millisec")]
    [InlineData("faraday", "96485 coulomb")]
    [InlineData("pi", "3")]
    public void Redefining_a_known_unit_is_an_error_as_in_NEURON(string name, string definition)
    {
        var error = UnitTable.Default.Declare(name, definition).Error!;

        Assert.Equal(UnitsErrorKind.Redefinition, error.Kind);
        Assert.Equal(name, error.UnitName);
        Assert.Contains($"'{name}'", error.Message);
    }

    [Fact]
    public void Declaring_a_name_twice_is_a_redefinition()
    {
        var table = UnitTable.Default.Declare("mV", "millivolt").Value;

        Assert.Equal(UnitsErrorKind.Redefinition, table.Declare("mV", "millivolt").Error?.Kind);
    }

    [Theory]
    [InlineData("mA/cm2")]
    [InlineData("2mV")]
    [InlineData("")]
    [InlineData("m V")]
    public void A_declared_name_must_be_a_single_name(string name)
    {
        var declared = UnitTable.Default.Declare(name, "volt");

        Assert.Equal(UnitsErrorKind.Malformed, declared.Error?.Kind);
        Assert.Contains($"({name})", declared.Error!.Message);
    }

    [Fact]
    public void A_declaration_with_an_unknown_definition_names_the_unknown_unit()
    {
        var error = UnitTable.Default.Declare("mV", "milliV0lt").Error!;

        Assert.Equal(UnitsErrorKind.UnknownUnit, error.Kind);
        Assert.Equal("milliV0lt", error.UnitName);
    }

    [Theory]
    [InlineData("(", '(')]
    [InlineData("2^x", '^')]
    [InlineData("volt)", ')')]
    [InlineData("mV*ms", '*')]
    [InlineData("volt.5", '.')]
    [InlineData("μm", 'μ')]
    public void Characters_that_cannot_be_in_a_unit_are_malformed(string expression, char offending)
    {
        var error = UnitTable.Default.Parse(expression).Error!;

        Assert.Equal(UnitsErrorKind.Malformed, error.Kind);
        Assert.Contains($"'{offending}'", error.Message);
        Assert.Contains($"({expression})", error.Message);
    }

    [Theory]
    [InlineData("1+400 volt")]
    [InlineData("1-400 volt")]
    [InlineData("1|0 volt")]
    [InlineData("0|0")]
    public void Numbers_out_of_range_are_malformed(string expression)
    {
        Assert.Equal(UnitsErrorKind.Malformed, UnitTable.Default.Parse(expression).Error?.Kind);
    }

    [Fact]
    public void A_trailing_slash_is_accepted_as_NEURON_does()
    {
        var table = UnitTable.Default.Declare("mV", "millivolt").Value;

        Assert.Equal(table.Parse("mV").Value, table.Parse("mV/").Value);
    }

    [Fact]
    public void Asking_a_failed_result_for_its_value_says_why()
    {
        var failed = UnitTable.Default.Parse("mA");

        var exception = Assert.Throws<InvalidOperationException>(() => failed.Value);
        Assert.Contains("'mA'", exception.Message);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        const string alphabet = "mAVkgsec0123456789-/ |.+e()^*%$_\t\nuμ";
        var random = new Random(20251121);
        var table = UnitTable.Default.Declare("mV", "millivolt").Value;
        for (var i = 0; i < 20000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var other = new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var parsed = table.Parse(text);
            var converted = table.ConversionFactor(text, other);
            var declared = table.Declare(other, text);

            Assert.True(parsed.IsSuccess || parsed.Error!.Message.Length > 0, text);
            Assert.True(!parsed.IsSuccess || (double.IsFinite(parsed.Value.Factor) && parsed.Value.Factor != 0), text);
            Assert.True(converted.IsSuccess || converted.Error!.Message.Length > 0, text);
            Assert.True(declared.IsSuccess || declared.Error!.Message.Length > 0, other);
        }
    }
}
