using System.Collections.Immutable;

namespace Nmodl.Parser.Units;

/// <summary>
/// A snapshot of the unit names known while translating one .mod file: NEURON's built-in table
/// plus the file's UNITS-block declarations such as <c>(mV) = (millivolt)</c>. Declaring returns a
/// new table; nothing here throws on bad input, every failure is a <see cref="UnitsError"/>.
/// </summary>
public sealed class UnitTable
{
    private readonly ImmutableDictionary<string, PhysicalUnit> entries;

    private UnitTable(ImmutableDictionary<string, PhysicalUnit> entries) => this.entries = entries;

    /// <summary>Only NEURON's nine primitive units (m, kg, sec, coul, candela, dollar, bit, erlang, K).</summary>
    public static UnitTable Primitive { get; } = new(
        Enum.GetValues<BaseDimension>().ToImmutableDictionary(
            d => Dimension.SymbolOf(d),
            d => new PhysicalUnit(1.0, Dimension.Of(d)),
            StringComparer.Ordinal));

    /// <summary>The table NEURON 8.2 uses by default (2019 SI values of the physical constants).</summary>
    public static UnitTable Default { get; } = BuiltinUnits.Build(Primitive);

    /// <summary>The names defined exactly, without prefix or plural stripping.</summary>
    public IEnumerable<string> Names => entries.Keys;

    public bool Defines(string name) => entries.ContainsKey(name);

    /// <summary>Evaluates a unit expression such as "mA/cm2", "/ms", "k-mole" or "0.5|2 volt".</summary>
    public UnitsResult<PhysicalUnit> Parse(string expression) => UnitExpression.Evaluate(expression, FindExact);

    /// <summary>
    /// A UNITS-block declaration <c>(name) = (expression)</c>. Like NEURON, refuses to redefine a
    /// name the table already has, even with the same value.
    /// </summary>
    public UnitsResult<UnitTable> Declare(string name, string expression)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Any(c => UnitExpression.IsSeparator(c) || char.IsWhiteSpace(c)))
        {
            return new UnitsError(
                UnitsErrorKind.Malformed,
                $"the declared unit ({name}) = ({expression}) must name a single unit, without digits 1-9, spaces, '-' or '/'");
        }
        if (entries.TryGetValue(trimmed, out var existing))
        {
            return new UnitsError(
                UnitsErrorKind.Redefinition,
                $"the unit '{trimmed}' is already defined as {existing}; NEURON does not allow redefining it as ({expression})",
                trimmed);
        }
        var value = Parse(expression);
        if (!value.IsSuccess)
        {
            return value.Error!;
        }
        return new UnitTable(entries.Add(trimmed, value.Value));
    }

    /// <summary>
    /// The factor that converts a quantity in <paramref name="from"/> to <paramref name="to"/>:
    /// the value nocmodl gives to <c>NAME = (from) (to)</c>, e.g. 96485.33212... for
    /// (faraday) (coulomb). Fails when the two are not conformable.
    /// </summary>
    public UnitsResult<double> ConversionFactor(string from, string to)
    {
        var units = ParseBoth(from, to);
        if (!units.IsSuccess)
        {
            return units.Error!;
        }
        var (source, target) = units.Value;
        if (!source.IsConformableWith(target))
        {
            return new UnitsError(
                UnitsErrorKind.NotConformable,
                $"the units ({from}) and ({to}) are not conformable: ({from}) is {source} but ({to}) is {target}");
        }
        return source.Factor / target.Factor;
    }

    /// <summary>
    /// The ratio of the two units' factors without checking their dimensions: what nocmodl
    /// compiles for <c>NAME = (from) (to)</c> even when the units do not conform, as in
    /// (1e-3 volt) (volt), where "e" is the elementary charge.
    /// </summary>
    public UnitsResult<double> Ratio(string from, string to)
    {
        var units = ParseBoth(from, to);
        return units.IsSuccess ? units.Value.From.Factor / units.Value.To.Factor : units.Error!;
    }

    private UnitsResult<(PhysicalUnit From, PhysicalUnit To)> ParseBoth(string from, string to)
    {
        var source = Parse(from);
        if (!source.IsSuccess)
        {
            return source.Error!;
        }
        var target = Parse(to);
        if (!target.IsSuccess)
        {
            return target.Error!;
        }
        return (source.Value, target.Value);
    }

    private PhysicalUnit? FindExact(string name) =>
        name.Length == 0 ? PhysicalUnit.One : entries.TryGetValue(name, out var unit) ? unit : null;
}
