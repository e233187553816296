using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;
using Nmodl.Parser.Units;

namespace Nmodl.Codegen.Semantics;

/// <summary>The named constants of UNITS blocks, evaluated as nocmodl does: declarations
/// <c>(mM) = (milli/liter)</c> extend NEURON's default table in file order, and
/// <c>NAME = (from) (to)</c> is the ratio of the two factors (nocmodl does not check that they
/// conform); <c>NAME = 8.314 (joule/degC)</c> is the number as written.</summary>
public static class UnitsBlockConstants
{
    public static IReadOnlyList<(string Name, double Value)> Evaluate(IEnumerable<UnitsBlock> blocks, Action<SourceSpan, string> error)
    {
        var table = UnitTable.Default;
        var constants = new List<(string, double)>();
        foreach (var entry in blocks.SelectMany(b => b.Entries))
        {
            switch (entry)
            {
                case UnitDefinition d:
                    var declared = table.Declare(d.Name.Text, d.Definition.Text);
                    if (declared.IsSuccess) table = declared.Value;
                    else error(d.Span, $"in the UNITS declaration ({d.Name.Text}) = ({d.Definition.Text}): {declared.Error!.Message}");
                    break;
                case UnitFactorDefinition { Value: { } number } f:
                    constants.Add((f.Name.Text, number.Value));
                    break;
                case UnitFactorDefinition { Source: { } source } f:
                    var ratio = table.Ratio(source.Text, f.Target.Text);
                    if (ratio.IsSuccess) constants.Add((f.Name.Text, ratio.Value));
                    else error(f.Span, $"in the UNITS constant {f.Name.Text} = ({source.Text}) ({f.Target.Text}): {ratio.Error!.Message}");
                    break;
            }
        }
        return constants;
    }
}
