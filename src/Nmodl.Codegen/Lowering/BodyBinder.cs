using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Semantics;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;
using IrBlock = Nmodl.Codegen.Ir.Block;
using IrReactant = Nmodl.Codegen.Ir.Reactant;

namespace Nmodl.Codegen.Lowering;

/// <summary>What kind of block a body belongs to: decides which statements and names are allowed.</summary>
public enum BodyKind { Initial, Breakpoint, Derivative, Kinetic, Algebraic, Function, Procedure, NetReceive }

/// <summary>Binds the statements and expressions of one block to IR: names are resolved through
/// the block's LOCAL scopes, its arguments, then the mechanism's symbols; every problem is a
/// located diagnostic and binding goes on, so one run reports as many errors as it can.</summary>
public sealed class BodyBinder
{
    private readonly MechanismSymbols _symbols;
    private readonly List<Diagnostic> _diagnostics;
    private readonly BodyKind _kind;
    private readonly ImmutableArray<string> _arguments;
    private readonly string? _functionName;
    private readonly Stack<HashSet<string>> _scopes = new();

    public BodyBinder(MechanismSymbols symbols, List<Diagnostic> diagnostics, BodyKind kind, ImmutableArray<string> arguments = default, string? functionName = null)
    {
        _symbols = symbols;
        _diagnostics = diagnostics;
        _kind = kind;
        _arguments = arguments.IsDefault ? [] : arguments;
        _functionName = functionName;
    }

    /// <summary>TABLE statement found in a FUNCTION/PROCEDURE body (removed from the statements).</summary>
    public TableSpec? Table { get; private set; }

    /// <summary>The INITIAL block nested in NET_RECEIVE.</summary>
    public ImmutableArray<Stmt> NetReceiveInitial { get; private set; } = [];

    public ImmutableArray<Stmt> BindBody(BlockStatement body)
    {
        _scopes.Push(new HashSet<string>(StringComparer.Ordinal));
        var result = body.Statements.SelectMany(BindStatement).ToImmutableArray();
        _scopes.Pop();
        return result;
    }

    private IEnumerable<Stmt> BindStatement(Statement s)
    {
        var at = Location(s.Span);
        switch (s)
        {
            case LocalStatement local:
                foreach (var v in local.Variables.Where(v => v.ArraySize is not null))
                    Error(BinderCode.NotSupported, v.Span, $"LOCAL array '{v.Name.Text}' is not supported yet");
                foreach (var v in local.Variables) _scopes.Peek().Add(v.Name.Text);
                return [new LocalDecl([.. local.Variables.Select(v => v.Name.Text)]) { Location = at }];
            case AssignmentStatement a:
                return [BindAssignment(a.Target, a.Value, at)];
            case ProtectStatement p:
                return [BindAssignment(p.Assignment.Target, p.Assignment.Value, at)];
            case ExpressionStatement { Expression: CallExpression call }:
                return [BindCallStatement(call, at)];
            case ExpressionStatement e:
                Error(BinderCode.NotSupported, e.Span, "only a call can stand alone as a statement");
                return [];
            case IfStatement i:
                return [BindIf(i)];
            case WhileStatement w:
                return [new While(Bind(w.Condition), BindBody(w.Body)) { Location = at }];
            case FromStatement f:
            {
                var counter = ResolveTarget(f.Variable.Text, f.Variable.Span);
                return [new For(counter, Bind(f.From), Bind(f.To), f.By is null ? 1.0 : Bind(f.By), BindBody(f.Body)) { Location = at }];
            }
            case BlockStatement b:
                return [new IrBlock(BindBody(b)) { Location = at }];
            case SolveStatement solve:
                return BindSolve(solve, at);
            case TableStatement table:
                BindTable(table);
                return [];
            case ReactionStatement r:
                return BindReaction(r, at);
            case EquationStatement q when _kind == BodyKind.Algebraic:
                return [new Equation(Bind(q.Left), Bind(q.Right)) { Location = at }];
            case ConserveStatement c when _kind == BodyKind.Kinetic:
                return [new Conserve([.. c.Left.Select(t => (Species(t.Species), (Expr)t.Stoichiometry))], Bind(c.Right)) { Location = at }];
            case VolumeStatement { Kind: VolumeKind.Compartment, Index: null } v when _kind == BodyKind.Kinetic:
                return [new Compartment(Bind(v.Volume), [.. v.Species.Select(sp => Species(new NameExpression(sp.Span, sp.Text)))]) { Location = at }];
            case InitialStatement init when _kind == BodyKind.NetReceive:
                NetReceiveInitial = BindBody(init.Body);
                return [];
            case UnitsSwitchStatement or ConductanceStatement:
                return [];
            case VerbatimStatement:
                Error(BinderCode.NotSupported, s.Span, "VERBATIM blocks (C code) are not supported");
                return [];
            default:
                Error(BinderCode.NotSupported, s.Span, $"{Describe(s)} is not supported here yet");
                return [];
        }
    }

    private Stmt BindAssignment(Expression target, Expression value, SourceLocation at)
    {
        switch (target)
        {
            case PrimeExpression { Order: 1, Index: null } prime when _kind == BodyKind.Derivative:
                if (!_symbols.IsState(prime.Name))
                {
                    Error(BinderCode.NotAState, prime.Span, $"'{prime.Name}' is not a STATE, so {prime.Name}' cannot be given");
                    return new LocalDecl([]);
                }
                return new Derivative(ResolveTarget(prime.Name, prime.Span), Bind(value)) { Location = at };
            case PrimeExpression prime:
                Error(BinderCode.PrimeOutsideDerivative, prime.Span,
                    prime.Order == 1 ? $"{prime.Name}' can only be given in a DERIVATIVE block" : $"higher derivatives ({prime.Name}{new string('\'', prime.Order)}) are not supported yet");
                return new LocalDecl([]);
            case NameExpression name:
                return new Assign(ResolveTarget(name.Name, name.Span), Bind(value)) { Location = at };
            default:
                Error(BinderCode.NotAssignable, target.Span, "only a variable can be assigned");
                return new LocalDecl([]);
        }
    }

    private Stmt BindCallStatement(CallExpression call, SourceLocation at)
    {
        switch (call.Function)
        {
            case "net_send" when Arity(call, 2):
                return new NetSend(Bind(call.Arguments[0]), Bind(call.Arguments[1])) { Location = at };
            case "net_event" when Arity(call, 1):
                return new NetEvent(Bind(call.Arguments[0])) { Location = at };
            case "net_move" when Arity(call, 1):
                return new NetMove(Bind(call.Arguments[0])) { Location = at };
            case "net_send" or "net_event" or "net_move":
                return new LocalDecl([]);
        }
        return Bind(call) is Call c ? new CallStmt(c) { Location = at } : new LocalDecl([]);
    }

    private If BindIf(IfStatement i)
    {
        var otherwise = i.Else switch
        {
            null => [],
            IfStatement nested => [BindIf(nested)],
            BlockStatement b => BindBody(b),
            var other => BindStatement(other).ToImmutableArray(),
        };
        return new If(Bind(i.Condition), BindBody(i.Then), otherwise) { Location = Location(i.Span) };
    }

    private IEnumerable<Stmt> BindSolve(SolveStatement solve, SourceLocation at)
    {
        var method = solve.Method?.Text;
        SolveMethod? m = method switch
        {
            "cnexp" => SolveMethod.Cnexp,
            "derivimplicit" => SolveMethod.DerivImplicit,
            "euler" => SolveMethod.Euler,
            "runge" => SolveMethod.Runge,
            "sparse" => SolveMethod.Sparse,
            null => null,
            _ => Unsupported(),
        };
        if (method is not null && m is null) return [];
        return [new Solve(solve.Block.Text, m ?? SolveMethod.DerivImplicit, solve.SteadyState) { Location = at }];

        SolveMethod? Unsupported()
        {
            Error(BinderCode.NotSupported, solve.Method!.Span, $"METHOD {method} is not supported yet (cnexp, derivimplicit, euler, runge and sparse are)");
            return null;
        }
    }

    private void BindTable(TableStatement table)
    {
        if (_kind is not (BodyKind.Function or BodyKind.Procedure))
        {
            Error(BinderCode.InvalidTable, table.Span, "TABLE is only allowed in a FUNCTION or PROCEDURE");
            return;
        }
        var targets = table.Names.Select(n => ResolveTarget(n.Text, n.Span)).ToImmutableArray();
        var depends = table.Depend.Select(n => Bind(new NameExpression(n.Span, n.Text)) is Variable v ? v.Ref : null).OfType<VarRef>().ToImmutableArray();
        var with = table.With.Value;
        if (with < 1 || with != Math.Floor(with))
        {
            Error(BinderCode.InvalidTable, table.With.Span, "TABLE ... WITH needs a positive whole number of intervals");
            return;
        }
        Table = new TableSpec(targets, depends, Bind(table.From), Bind(table.To), (int)with);
    }

    private IEnumerable<Stmt> BindReaction(ReactionStatement r, SourceLocation at)
    {
        if (_kind != BodyKind.Kinetic)
        {
            Error(BinderCode.NotSupported, r.Span, "reactions (~) are only supported in KINETIC blocks here");
            return [];
        }
        if (r.Operator == ReactionOperator.Flux)
        {
            if (r.Left.Length != 1)
            {
                Error(BinderCode.NotSupported, r.Span, "a flux (~ x << (f)) names exactly one species");
                return [];
            }
            return [new FluxIn(Species(r.Left[0].Species), Bind(r.ForwardRate)) { Location = at }];
        }
        // A species that is not a STATE (a PARAMETER concentration) has no equation: it is a constant factor of its side's rate.
        var forward = Bind(r.ForwardRate);
        Expr? backward = r.BackwardRate is null ? null : Bind(r.BackwardRate);
        var left = Side(r.Left, ref forward);
        var right = backward is null ? Side(r.Right, ref forward, constantFactors: false) : Side(r.Right, ref backward!);
        return [new Reaction(left, right, forward, backward) { Location = at }];

        ImmutableArray<IrReactant> Side(ImmutableArray<Parser.Syntax.Reactant> side, ref Expr rate, bool constantFactors = true)
        {
            var states = ImmutableArray.CreateBuilder<IrReactant>();
            foreach (var x in side)
            {
                if (x.Species is NameExpression n && !_symbols.IsState(n.Name))
                {
                    if (!constantFactors) continue;
                    for (var k = 0; k < x.Stoichiometry; k++) rate = rate * Bind(n);
                    continue;
                }
                states.Add(new IrReactant(Species(x.Species), x.Stoichiometry));
            }
            return states.ToImmutable();
        }
    }

    private VarRef Species(Expression e)
    {
        if (e is NameExpression n && _symbols.IsState(n.Name) && _symbols.TryResolve(n.Name, out var value) && value is Variable v) return v.Ref;
        Error(BinderCode.NotAState, e.Span, $"'{Text(e)}' is not a STATE of this mechanism");
        return VarRef.Local("_error");
    }

    public Expr Bind(Expression e)
    {
        switch (e)
        {
            case NumberExpression n:
                return n.Value;
            case NameExpression n:
                return Resolve(n.Name, n.Span);
            case UnaryExpression u:
                return new Unary(u.Operator == UnaryOperator.Negate ? UnaryOp.Negate : UnaryOp.Not, Bind(u.Operand));
            case BinaryExpression b:
                return new Binary(Map(b.Operator), Bind(b.Left), Bind(b.Right));
            case CallExpression c:
                return BindCall(c);
            case PrimeExpression p:
                Error(BinderCode.PrimeOutsideDerivative, p.Span, $"{p.Name}' can only appear on the left of an equation in a DERIVATIVE block");
                return 0.0;
            case IndexedNameExpression x:
                Error(BinderCode.NotSupported, x.Span, $"array element '{x.Name}[...]' is not supported yet");
                return 0.0;
            default:
                Error(BinderCode.NotSupported, e.Span, $"'{Text(e)}' is not supported in an expression");
                return 0.0;
        }
    }

    private Expr BindCall(CallExpression c)
    {
        var args = c.Arguments.Select(Bind).ToArray();
        if (MathFunctions.IsKnown(c.Function))
        {
            if (args.Length != MathFunctions.ArityOf(c.Function))
            {
                Error(BinderCode.WrongArgumentCount, c.Span, $"{c.Function} takes {MathFunctions.ArityOf(c.Function)} argument(s), not {args.Length}");
                return 0.0;
            }
            return Call.Math(c.Function, args);
        }
        if (_symbols.Functions.TryGetValue(c.Function, out var f))
        {
            if (args.Length != f.Arity)
            {
                Error(BinderCode.WrongArgumentCount, c.Span, $"{c.Function} takes {f.Arity} argument(s), not {args.Length}");
                return 0.0;
            }
            return Call.User(c.Function, args);
        }
        Error(BinderCode.UnknownFunction, c.Span, $"'{c.Function}' is not a FUNCTION, PROCEDURE or math function of this file");
        return 0.0;
    }

    private Expr Resolve(string name, SourceSpan span)
    {
        if (_scopes.Any(scope => scope.Contains(name))) return VarRef.Local(name);
        var position = _arguments.IndexOf(name);
        if (position >= 0) return VarRef.Argument(name, position);
        if (name == _functionName) return VarRef.Local(name);
        if (_kind == BodyKind.NetReceive && name == "flag") return VarRef.Flag;
        if (MechanismSymbols.Implicit(name) is { } builtin) return builtin;
        if (_symbols.TryResolve(name, out var value)) return value;
        Error(BinderCode.UndefinedName, span, $"'{name}' is not declared (LOCAL, PARAMETER, ASSIGNED, STATE or CONSTANT)");
        return 0.0;
    }

    private VarRef ResolveTarget(string name, SourceSpan span)
    {
        if (_symbols.IsConstant(name) && !_scopes.Any(scope => scope.Contains(name)))
        {
            Error(BinderCode.NotAssignable, span, $"'{name}' is a constant and cannot be assigned");
            return VarRef.Local("_error");
        }
        return Resolve(name, span) is Variable v ? v.Ref : VarRef.Local("_error");
    }

    private bool Arity(CallExpression call, int n)
    {
        if (call.Arguments.Length == n) return true;
        Error(BinderCode.WrongArgumentCount, call.Span, $"{call.Function} takes {n} argument(s), not {call.Arguments.Length}");
        return false;
    }

    private static BinaryOp Map(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => BinaryOp.Or,
        BinaryOperator.And => BinaryOp.And,
        BinaryOperator.Less => BinaryOp.Less,
        BinaryOperator.LessEqual => BinaryOp.LessEqual,
        BinaryOperator.Greater => BinaryOp.Greater,
        BinaryOperator.GreaterEqual => BinaryOp.GreaterEqual,
        BinaryOperator.Equal => BinaryOp.Equal,
        BinaryOperator.NotEqual => BinaryOp.NotEqual,
        BinaryOperator.Add => BinaryOp.Add,
        BinaryOperator.Subtract => BinaryOp.Subtract,
        BinaryOperator.Multiply => BinaryOp.Multiply,
        BinaryOperator.Divide => BinaryOp.Divide,
        BinaryOperator.Power => BinaryOp.Power,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown operator"),
    };

    public static SourceLocation Location(SourceSpan span) => new(span.File, span.Line, span.Column);

    private static string Describe(Statement s) => s.GetType().Name.Replace("Statement", "") switch
    {
        "Watch" => "WATCH",
        "ForNetcons" => "FOR_NETCONS",
        "Mutex" => "MUTEXLOCK/MUTEXUNLOCK",
        "Equation" => "an equation (~ a = b) of a LINEAR/NONLINEAR block",
        "Volume" => "this COMPARTMENT/LONGITUDINAL_DIFFUSION form",
        "Conserve" => "CONSERVE outside a KINETIC block",
        var other => other,
    };

    private static string Text(Expression e) => e switch
    {
        NameExpression n => n.Name,
        IndexedNameExpression x => x.Name + "[...]",
        _ => e.GetType().Name,
    };

    private void Error(BinderCode code, SourceSpan span, string message) => _diagnostics.Add(BinderDiagnostics.Error(code, span, message));
}
