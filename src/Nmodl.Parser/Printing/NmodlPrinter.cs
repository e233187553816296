using System.Globalization;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Printing;

/// <summary>
/// Writes an AST back as NMODL text. Comments are not kept; everything else is, so
/// print, parse, print gives the same text again.
/// </summary>
public sealed partial class NmodlPrinter
{
    private readonly IndentedWriter _out = new();

    private NmodlPrinter()
    {
    }

    public static string Print(ModFile file)
    {
        var printer = new NmodlPrinter();
        var first = true;
        foreach (var block in file.Blocks)
        {
            if (!first) printer._out.Line();
            first = false;
            printer.WriteBlock(block);
        }
        return printer._out.ToString();
    }

    public static string Print(Statement statement)
    {
        var printer = new NmodlPrinter();
        printer.WriteStatement(statement);
        return printer._out.ToString();
    }

    private static string Expr(Expression expression) => ExpressionPrinter.Print(expression);

    private static string UnitSuffix(Unit? unit) => unit is null ? "" : $" ({unit.Text})";

    private static string Names(IEnumerable<Identifier> names) => string.Join(", ", names.Select(n => n.Text));

    private static string Parameters(IEnumerable<FunctionParameter> parameters) =>
        "(" + string.Join(", ", parameters.Select(p => p.Name.Text + UnitSuffix(p.Unit))) + ")";

    private static string Size(int? size) => size is null ? "" : $"[{size.Value.ToString(CultureInfo.InvariantCulture)}]";

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case TitleBlock title: _out.Line($"TITLE {title.Text}".TrimEnd()); break;
            case DefineBlock define: _out.Line($"DEFINE {define.Name.Text} {define.Value.Text}"); break;
            case IncludeBlock include: _out.Line($"INCLUDE \"{include.FileName}\""); break;
            case VerbatimBlock verbatim: WriteVerbatim(verbatim.Text); break;
            case UnitsSwitchBlock units: _out.Line(units.On ? "UNITSON" : "UNITSOFF"); break;
            case LocalBlock local: _out.Line("LOCAL " + Locals(local.Variables)); break;
            case NeuronBlock neuron: WriteNeuron(neuron); break;
            case UnitsBlock units: WriteUnits(units); break;
            case ParameterBlock parameters: WriteParameters(parameters); break;
            case AssignedBlock assigned: WriteVariables("ASSIGNED", assigned.Declarations); break;
            case StateBlock state: WriteVariables("STATE", state.Declarations); break;
            case ConstantBlock constants: WriteConstants(constants); break;
            case IndependentBlock independent: WriteIndependent(independent); break;
            case InitialBlock initial: WriteBody("INITIAL", initial.Body); break;
            case BreakpointBlock breakpoint: WriteBody("BREAKPOINT", breakpoint.Body); break;
            case ConstructorBlock constructor: WriteBody("CONSTRUCTOR", constructor.Body); break;
            case DestructorBlock destructor: WriteBody("DESTRUCTOR", destructor.Body); break;
            case DerivativeBlock derivative: WriteBody($"DERIVATIVE {derivative.Name.Text}", derivative.Body); break;
            case SchemeBlock scheme: WriteScheme(scheme); break;
            case ProcedureBlock procedure:
                WriteBody($"PROCEDURE {procedure.Name.Text}{Parameters(procedure.Parameters)}{UnitSuffix(procedure.Unit)}", procedure.Body);
                break;
            case FunctionBlock function:
                WriteBody($"FUNCTION {function.Name.Text}{Parameters(function.Parameters)}{UnitSuffix(function.ResultUnit)}", function.Body);
                break;
            case FunctionTableBlock table:
                _out.Line($"FUNCTION_TABLE {table.Name.Text}{Parameters(table.Parameters)}{UnitSuffix(table.ResultUnit)}");
                break;
            case NetReceiveBlock netReceive: WriteBody($"NET_RECEIVE{Parameters(netReceive.Parameters)}", netReceive.Body); break;
            case BeforeAfterBlock beforeAfter:
                WriteBody($"{(beforeAfter.After ? "AFTER" : "BEFORE")} {beforeAfter.Point.ToString().ToUpperInvariant()}", beforeAfter.Body);
                break;
        }
    }

    /// <summary>ENDVERBATIM must start a line of its own, so a newline goes before it when the text lacks one.</summary>
    private void WriteVerbatim(string text)
    {
        _out.Write("VERBATIM");
        _out.WriteRaw(text.EndsWith('\n') || text.EndsWith('\r') ? text : text + "\n");
        _out.Line("ENDVERBATIM");
    }

    private static string Locals(IEnumerable<LocalVariable> variables) =>
        string.Join(", ", variables.Select(v => v.Name.Text + Size(v.ArraySize)));

    private void WriteScheme(SchemeBlock scheme)
    {
        var keyword = scheme.Kind switch
        {
            SchemeKind.Kinetic => "KINETIC",
            SchemeKind.Linear => "LINEAR",
            _ => "NONLINEAR",
        };
        var solveFor = scheme.SolveFor.IsEmpty ? "" : " SOLVEFOR " + Names(scheme.SolveFor);
        WriteBody($"{keyword} {scheme.Name.Text}{solveFor}", scheme.Body);
    }

    private void WriteBody(string header, BlockStatement body)
    {
        _out.Write(header + " ");
        WriteBlockStatement(body);
        _out.Line();
    }

    private void WriteBlockStatement(BlockStatement block)
    {
        _out.Line("{");
        _out.Indent++;
        foreach (var statement in block.Statements) WriteStatement(statement);
        _out.Indent--;
        _out.Write("}");
    }
}
