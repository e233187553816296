using System.Collections.Immutable;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Printing;

public sealed partial class NmodlPrinter
{
    private void Open(string keyword)
    {
        _out.Line(keyword + " {");
        _out.Indent++;
    }

    private void Close()
    {
        _out.Indent--;
        _out.Line("}");
    }

    private void WriteNeuron(NeuronBlock neuron)
    {
        Open("NEURON");
        foreach (var statement in neuron.Statements)
        {
            _out.Line(statement switch
            {
                SuffixStatement suffix => suffix.Kind switch
                {
                    MechanismKind.Density => "SUFFIX ",
                    MechanismKind.PointProcess => "POINT_PROCESS ",
                    _ => "ARTIFICIAL_CELL ",
                } + suffix.Name.Text,
                UseIonStatement ion => UseIon(ion),
                NameListStatement list => $"{NameListKeyword(list.Kind)} {Names(list.Names)}",
                ThreadsafeStatement => "THREADSAFE",
                RepresentsStatement represents => $"REPRESENTS {represents.Ontology}",
                _ => "",
            });
        }
        Close();
    }

    private static string UseIon(UseIonStatement ion)
    {
        var text = "USEION " + ion.Ion.Text;
        if (!ion.Read.IsEmpty) text += " READ " + Names(ion.Read);
        if (!ion.Write.IsEmpty) text += " WRITE " + Names(ion.Write);
        if (ion.Valence is not null) text += " VALENCE " + ion.Valence.Text;
        if (ion.Represents is not null) text += " REPRESENTS " + ion.Represents;
        return text;
    }

    private static string NameListKeyword(NameListKind kind) => kind switch
    {
        NameListKind.Range => "RANGE",
        NameListKind.Global => "GLOBAL",
        NameListKind.NonspecificCurrent => "NONSPECIFIC_CURRENT",
        NameListKind.ElectrodeCurrent => "ELECTRODE_CURRENT",
        NameListKind.Pointer => "POINTER",
        NameListKind.BbcorePointer => "BBCOREPOINTER",
        NameListKind.External => "EXTERNAL",
        _ => "RANDOM",
    };

    private void WriteUnits(UnitsBlock units)
    {
        Open("UNITS");
        foreach (var entry in units.Entries)
        {
            _out.Line(entry switch
            {
                UnitDefinition definition => $"({definition.Name.Text}) = ({definition.Definition.Text})",
                UnitFactorDefinition { Value: { } value } factor => $"{factor.Name.Text} = {value.Text} ({factor.Target.Text})",
                UnitFactorDefinition factor =>
                    $"{factor.Name.Text} = ({factor.Source?.Text}){(factor.Arrow ? " ->" : "")} ({factor.Target.Text})",
                _ => "",
            });
        }
        Close();
    }

    private void WriteParameters(ParameterBlock parameters)
    {
        Open("PARAMETER");
        foreach (var p in parameters.Declarations)
        {
            var text = p.Name.Text + Size(p.ArraySize);
            if (p.Value is not null) text += " = " + p.Value.Text;
            text += UnitSuffix(p.Unit);
            if (p.Limits is not null) text += $" <{p.Limits.Low.Text}, {p.Limits.High.Text}>";
            _out.Line(text);
        }
        Close();
    }

    private void WriteVariables(string keyword, ImmutableArray<VariableDeclaration> declarations)
    {
        Open(keyword);
        foreach (var v in declarations)
        {
            var text = v.Name.Text + Size(v.ArraySize);
            if (v.From is not null && v.To is not null) text += $" FROM {v.From.Text} TO {v.To.Text}";
            if (v.Start is not null) text += " START " + v.Start.Text;
            text += UnitSuffix(v.Unit);
            if (v.AbsoluteTolerance is not null) text += $" <{v.AbsoluteTolerance.Text}>";
            _out.Line(text);
        }
        Close();
    }

    private void WriteConstants(ConstantBlock constants)
    {
        Open("CONSTANT");
        foreach (var c in constants.Declarations) _out.Line($"{c.Name.Text} = {c.Value.Text}{UnitSuffix(c.Unit)}");
        Close();
    }

    private void WriteIndependent(IndependentBlock independent)
    {
        Open("INDEPENDENT");
        foreach (var d in independent.Declarations)
        {
            var text = $"{(d.Sweep ? "SWEEP " : "")}{d.Name.Text} FROM {d.From.Text} TO {d.To.Text} WITH {d.With.Text}";
            if (d.Start is not null) text += " START " + d.Start.Text;
            _out.Line(text + UnitSuffix(d.Unit));
        }
        Close();
    }
}
