using Nmodl.Parser.Units;

namespace Nmodl.Parser.Tests.Units;

/// <summary>The expression rules, checked against values worked out by hand from SI definitions.</summary>
public class UnitParsingTests
{
    private static readonly Dimension Coulomb = Dimension.Of(BaseDimension.Coulomb);
    private static readonly Dimension Meter = Dimension.Of(BaseDimension.Meter);
    private static readonly Dimension Second = Dimension.Of(BaseDimension.Second);
    private static readonly Dimension Volt = Dimension.Of(BaseDimension.Meter).Times(Meter).Times(Dimension.Of(BaseDimension.Kilogram))
        .Over(Second).Over(Second).Over(Coulomb);

    [Theory]
    [InlineData("kilocoulombs", 1e3)]
    [InlineData("kilocoulomb", 1e3)]
    [InlineData("coulombs", 1.0)]
    [InlineData("millicoulomb", 1e-3)]
    [InlineData("microcoulomb", 1e-6)]
    [InlineData("nanocoulombs", 1e-9)]
    [InlineData("picocoulomb", 1e-12)]
    [InlineData("femtocoulomb", 1e-15)]
    [InlineData("attocoulomb", 1e-18)]
    [InlineData("centicoulomb", 1e-2)]
    [InlineData("decicoulomb", 1e-1)]
    [InlineData("dekacoulomb", 1e1)]
    [InlineData("hectocoulomb", 1e2)]
    [InlineData("hectacoulomb", 1e2)]
    [InlineData("megacoulomb", 1e6)]
    [InlineData("gigacoulomb", 1e9)]
    [InlineData("teracoulomb", 1e12)]
    public void Spelled_out_prefixes_and_plurals_scale_the_unit(string expression, double factor)
    {
        var unit = UnitTable.Default.Parse(expression).Value;

        Assert.Equal(Coulomb, unit.Dimension);
        Assert.Equal(factor, unit.Factor, 1e-15 * factor);
    }

    [Fact]
    public void Prefixes_stack_as_in_NEURON()
    {
        Assert.Equal(1e-9, UnitTable.Default.Parse("millimicrosec").Value.Factor, 1e-24);
    }

    [Fact]
    public void Meg_before_a_unit_is_mega()
    {
        var ohm = UnitTable.Default.Parse("ohm").Value;

        Assert.Equal(ohm with { Factor = 1e6 }, UnitTable.Default.Parse("megohm").Value);
        Assert.Equal(ohm with { Factor = 1e6 }, UnitTable.Default.Parse("megohms").Value);
        Assert.Equal(Volt.Over(Coulomb).Times(Second), ohm.Dimension);
    }

    [Theory]
    [InlineData("mA")]
    [InlineData("mV")]
    [InlineData("uM")]
    [InlineData("kohm")]
    [InlineData("um")]
    public void Single_letter_prefixes_are_not_known_until_declared(string symbol)
    {
        Assert.Equal(UnitsErrorKind.UnknownUnit, UnitTable.Default.Parse(symbol).Error?.Kind);
    }

    [Fact]
    public void Juxtaposition_and_dash_multiply()
    {
        var table = UnitTable.Default;

        Assert.Equal(table.Parse("volt coulomb").Value, table.Parse("volt-coulomb").Value);
        Assert.Equal(table.Parse("joule").Value.Dimension, table.Parse("volt-coulomb").Value.Dimension);
    }

    [Fact]
    public void Everything_after_the_first_slash_divides()
    {
        var unit = UnitTable.Default.Parse("coulomb/sec-meter").Value;

        Assert.Equal(Coulomb.Over(Second).Over(Meter), unit.Dimension);
        Assert.Equal(UnitTable.Default.Parse("coulomb/sec/meter").Value, unit);
    }

    [Theory]
    [InlineData("cm2", 1e-4, 2)]
    [InlineData("cm3", 1e-6, 3)]
    [InlineData("/cm2", 1e4, -2)]
    [InlineData("micron2", 1e-12, 2)]
    public void A_digit_after_a_name_is_its_power(string expression, double factor, int power)
    {
        var unit = UnitTable.Default.Parse(expression).Value;

        Assert.Equal(power, unit.Dimension[BaseDimension.Meter]);
        Assert.Equal(factor, unit.Factor, 1e-12 * factor);
    }

    [Theory]
    [InlineData("/ms")]
    [InlineData("1/ms")]
    [InlineData("/millisecond")]
    [InlineData("kilohertz")]
    public void Reciprocal_milliseconds_are_a_kilohertz(string expression)
    {
        var unit = UnitTable.Default.Parse(expression).Value;

        Assert.Equal(Dimension.None.Over(Second), unit.Dimension);
        Assert.Equal(1000.0, unit.Factor, 1e-12);
    }

    [Theory]
    [InlineData("2 volt", 2.0)]
    [InlineData("0.5|2 volt", 0.25)]
    [InlineData("1|3 volt", 1.0 / 3.0)]
    [InlineData("2.5-3 volt", 2.5e-3)]
    [InlineData("1.5+2 volt", 150.0)]
    [InlineData("0 volt", 1.0)]
    [InlineData("  3 volt", 3.0)]
    public void A_leading_number_scales_the_unit(string expression, double factor)
    {
        var unit = UnitTable.Default.Parse(expression).Value;

        Assert.Equal(Volt, unit.Dimension);
        Assert.Equal(factor, unit.Factor);
    }

    [Fact]
    public void An_e_exponent_is_not_a_number_but_the_elementary_charge_as_in_NEURON()
    {
        var unit = UnitTable.Default.Parse("1e-3 volt").Value;

        Assert.Equal(1.602176634e-19, unit.Factor);
        Assert.Equal(Volt.Times(Coulomb), unit.Dimension);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("   ")]
    [InlineData("micro-mega")]
    public void Pure_numbers_are_dimensionless(string expression)
    {
        var unit = UnitTable.Default.Parse(expression).Value;

        Assert.True(unit.Dimension.IsNone);
        Assert.Equal(1.0, unit.Factor, 1e-15);
    }

    [Fact]
    public void A_mole_is_a_number_so_faraday_is_a_charge()
    {
        var table = UnitTable.Default;

        Assert.True(table.Parse("mole").Value.Dimension.IsNone);
        Assert.Equal(6.02214076e23, table.Parse("mole").Value.Factor);
        Assert.Equal(Coulomb, table.Parse("faraday").Value.Dimension);
        Assert.Equal(1.602176634e-19 * 6.02214076e23, table.ConversionFactor("faraday", "coulomb").Value, 1e-9);
    }

    [Fact]
    public void The_gas_constant_is_k_times_the_Avogadro_number()
    {
        var r = UnitTable.Default.ConversionFactor("k-mole", "joule/degC").Value;

        Assert.Equal(1.380649e-23 * 6.02214076e23, r, 1e-12);
        Assert.Equal(r, UnitTable.Default.ConversionFactor("R", "joule/kelvin").Value);
    }

    [Fact]
    public void Declared_units_are_used_by_later_expressions()
    {
        var table = UnitTable.Default
            .Declare("mA", "milliamp").Value
            .Declare("mM", "milli/liter").Value
            .Declare("um", "micron").Value;

        // 1 mA/cm2 of a monovalent ion through 1 um of depth: i / (F d) in mM/ms.
        var factor = table.ConversionFactor("mA/cm2", "faraday-mM-um/ms").Value;

        Assert.Equal(1e4 / 96485.33212331001 / (1e-6 * 1e3) * 1e-3, factor, 1e-15);
        Assert.True(table.Defines("mM"));
        Assert.False(UnitTable.Default.Defines("mM"));
    }

    [Fact]
    public void Units_print_in_NEURONs_notation()
    {
        Assert.Equal("0.001 m2-kg/sec2-coul", UnitTable.Default.Parse("millivolt").Value.ToString());
        Assert.Equal("1000 /sec", UnitTable.Default.Parse("/ms").Value.ToString());
        Assert.Equal("3.141592653589793", UnitTable.Default.Parse("pi").Value.ToString());
    }
}
