using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Printing;

public sealed partial class NmodlPrinter
{
    private void WriteStatement(Statement statement)
    {
        switch (statement)
        {
            case BlockStatement block:
                WriteBlockStatement(block);
                _out.Line();
                break;
            case LocalStatement local: _out.Line("LOCAL " + Locals(local.Variables)); break;
            case AssignmentStatement assignment: _out.Line(Assignment(assignment)); break;
            case ExpressionStatement expression: _out.Line(Expr(expression.Expression)); break;
            case IfStatement ifStatement:
                WriteIf(ifStatement);
                _out.Line();
                break;
            case WhileStatement whileStatement:
                _out.Write($"while ({Expr(whileStatement.Condition)}) ");
                WriteBlockStatement(whileStatement.Body);
                _out.Line();
                break;
            case FromStatement from:
                var by = from.By is null ? "" : " BY " + Expr(from.By);
                _out.Write($"FROM {from.Variable.Text} = {Expr(from.From)} TO {Expr(from.To)}{by} ");
                WriteBlockStatement(from.Body);
                _out.Line();
                break;
            case SolveStatement solve: _out.Line(Solve(solve)); break;
            case TableStatement table: _out.Line(Table(table)); break;
            case UnitsSwitchStatement units: _out.Line(units.On ? "UNITSON" : "UNITSOFF"); break;
            case VerbatimStatement verbatim: WriteVerbatim(verbatim.Text); break;
            case WatchStatement watch:
                _out.Line("WATCH " + string.Join(", ", watch.Conditions.Select(c => $"({Expr(c.Condition)}) {c.Flag.Text}")));
                break;
            case ForNetconsStatement forNetcons:
                _out.Write("FOR_NETCONS" + Parameters(forNetcons.Parameters) + " ");
                WriteBlockStatement(forNetcons.Body);
                _out.Line();
                break;
            case InitialStatement initial:
                _out.Write("INITIAL ");
                WriteBlockStatement(initial.Body);
                _out.Line();
                break;
            case ProtectStatement protect: _out.Line("PROTECT " + Assignment(protect.Assignment)); break;
            case MutexStatement mutex: _out.Line(mutex.Lock ? "MUTEXLOCK" : "MUTEXUNLOCK"); break;
            case ConductanceStatement conductance:
                _out.Line($"CONDUCTANCE {conductance.Conductance.Text}{(conductance.Ion is null ? "" : " USEION " + conductance.Ion.Text)}");
                break;
            case ReactionStatement reaction: _out.Line(Reaction(reaction)); break;
            case EquationStatement equation: _out.Line($"~ {Expr(equation.Left)} = {Expr(equation.Right)}"); break;
            case ConserveStatement conserve: _out.Line($"CONSERVE {Reactants(conserve.Left)} = {Expr(conserve.Right)}"); break;
            case VolumeStatement volume: _out.Line(Volume(volume)); break;
        }
    }

    private static string Assignment(AssignmentStatement assignment) => $"{Expr(assignment.Target)} = {Expr(assignment.Value)}";

    private void WriteIf(IfStatement ifStatement)
    {
        _out.Write($"if ({Expr(ifStatement.Condition)}) ");
        WriteBlockStatement(ifStatement.Then);
        switch (ifStatement.Else)
        {
            case IfStatement elseIf:
                _out.Write(" else ");
                WriteIf(elseIf);
                break;
            case BlockStatement block:
                _out.Write(" else ");
                WriteBlockStatement(block);
                break;
        }
    }

    private static string Solve(SolveStatement solve)
    {
        var text = "SOLVE " + solve.Block.Text;
        return solve.Method is null ? text : text + (solve.SteadyState ? " STEADYSTATE " : " METHOD ") + solve.Method.Text;
    }

    private static string Table(TableStatement table)
    {
        var text = "TABLE";
        if (!table.Names.IsEmpty) text += " " + Names(table.Names);
        if (!table.Depend.IsEmpty) text += " DEPEND " + Names(table.Depend);
        return text + $" FROM {Expr(table.From)} TO {Expr(table.To)} WITH {table.With.Text}";
    }

    private static string Reactants(IEnumerable<Reactant> reactants) =>
        string.Join(" + ", reactants.Select(r => (r.Coefficient is null ? "" : r.Coefficient + " ") + Expr(r.Species)));

    private static string Reaction(ReactionStatement reaction) => reaction.Operator switch
    {
        ReactionOperator.Reversible when reaction.BackwardRate is { } backward =>
            $"~ {Reactants(reaction.Left)} <-> {Reactants(reaction.Right)} ({Expr(reaction.ForwardRate)}, {Expr(backward)})",
        ReactionOperator.Flux => $"~ {Reactants(reaction.Left)} << ({Expr(reaction.ForwardRate)})",
        _ => $"~ {Reactants(reaction.Left)} ->{(reaction.Right.IsEmpty ? "" : " " + Reactants(reaction.Right))} ({Expr(reaction.ForwardRate)})",
    };

    private static string Volume(VolumeStatement volume)
    {
        var keyword = volume.Kind == VolumeKind.Compartment ? "COMPARTMENT" : "LONGITUDINAL_DIFFUSION";
        var index = volume.Index is null ? "" : volume.Index.Text + ", ";
        return $"{keyword} {index}{Expr(volume.Volume)} {{ {string.Join(" ", volume.Species.Select(s => s.Text))} }}";
    }
}
