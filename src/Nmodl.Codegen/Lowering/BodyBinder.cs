using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;
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
    private const int MaxUnrolled = 10000;
    private readonly Dictionary<string, int> _localArrays = new(StringComparer.Ordinal);
    // Counters of FROM loops being unrolled (their body indexes arrays), with the current value.
    private readonly Dictionary<string, double> _counters = new(StringComparer.Ordinal);
    private ImmutableArray<string> _forNetConsArguments = [];

    public BodyBinder(MechanismSymbols symbols, List<Diagnostic> diagnostics, BodyKind kind, ImmutableArray<string> arguments = default, string? functionName = null)
    {
        _symbols = symbols;
        _diagnostics = diagnostics;
        _kind = kind;
        _arguments = arguments.IsDefault ? [] : arguments;
        _functionName = functionName;
    }

    /// <summary>Translates the block's VERBATIM C; null where VERBATIM is not supported (the integration methods' blocks).</summary>
    public Verbatim.VerbatimScope? VerbatimC { get; init; }

    /// <summary>The outermost body bound (VERBATIM ending it may drop a final return).</summary>
    private BlockStatement? _root;

    /// <summary>TABLE statement found in a FUNCTION/PROCEDURE body (removed from the statements).</summary>
    public TableSpec? Table { get; private set; }

    /// <summary>The INITIAL block nested in NET_RECEIVE.</summary>
    public ImmutableArray<Stmt>? NetReceiveInitial { get; private set; }

    /// <summary>The WATCH conditions met so far, in file order (values positive when true).</summary>
    public List<Expr> Watches { get; } = [];

    public ImmutableArray<Stmt> BindBody(BlockStatement body)
    {
        _root ??= body;
        _scopes.Push(new HashSet<string>(StringComparer.Ordinal));
        var result = (VerbatimC is null
            ? body.Statements.SelectMany(BindStatement)
            : VerbatimC.Bind(body.Statements, BindStatement, VerbatimLocal, s => ReferenceEquals(_root?.Statements.LastOrDefault(), s))).ToImmutableArray();
        _scopes.Pop();
        return result;
    }

    private IEnumerable<Stmt> BindStatement(Statement s)
    {
        var at = Location(s.Span);
        switch (s)
        {
            case LocalStatement local:
                return [new LocalDecl([.. local.Variables.SelectMany(DeclareLocal)]) { Location = at }];
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
            case FromStatement f when f.Body.DescendantNodes().Any(n => n is IndexedNameExpression or PrimeExpression { Index: not null })
                && (FormsEquations || ConstantBounds(f)):
                return Unroll(f, at);
            case FromStatement f:
                return [BindLoop(f, at)];
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
                return [new Compartment(Bind(v.Volume), [.. v.Species.Where(IsSpecies).Select(sp => Species(new NameExpression(sp.Span, sp.Text)))]) { Location = at }];
            case VolumeStatement { Kind: VolumeKind.Compartment, Index: { } index } v when _kind == BodyKind.Kinetic:
                return IndexedCompartment(v, index, at);
            case WatchStatement watch when _kind == BodyKind.NetReceive:
                return [.. watch.Conditions.Select(c => BindWatch(c, at)).OfType<Stmt>()];
            case ForNetconsStatement f when _kind == BodyKind.NetReceive:
                return BindForNetCons(f, at);
            case InitialStatement init when _kind == BodyKind.NetReceive:
                NetReceiveInitial = BindBody(init.Body);
                return [];
            case UnitsSwitchStatement or ConductanceStatement:
                return [];
            case VerbatimStatement verbatim when VerbatimC is not null:
                return VerbatimC.Translate(verbatim, VerbatimLocal, ReferenceEquals(_root?.Statements.LastOrDefault(), s));
            case VerbatimStatement:
                Error(BinderCode.NotSupported, s.Span, $"VERBATIM (C code) is not supported in {_kind} blocks");
                return [];
            default:
                Error(BinderCode.NotSupported, s.Span, $"{Describe(s)} is not supported here yet");
                return [];
        }
    }

    private Stmt? BindWatch(WatchCondition c, SourceLocation at)
    {
        var (left, right) = (Bind(c.Condition.Left), Bind(c.Condition.Right));
        Expr? value = c.Condition.Operator switch
        {
            BinaryOperator.Greater or BinaryOperator.GreaterEqual => new Binary(BinaryOp.Subtract, left, right),
            BinaryOperator.Less or BinaryOperator.LessEqual => new Binary(BinaryOp.Subtract, right, left),
            _ => null,
        };
        if (value is null)
        {
            Error(BinderCode.NotSupported, c.Condition.Span, "a WATCH condition compares with <, <=, > or >=");
            return null;
        }
        var perCall = new List<VarRef>();
        ExprRewriter.Substitute(value, r =>
        {
            if (r.Storage is Storage.Local or Storage.Argument or Storage.NetConWeight) perCall.Add(r);
            return null;
        });
        if (perCall.Count > 0)
        {
            var what = perCall[0].Storage == Storage.Local ? "a LOCAL" : "an argument of NET_RECEIVE";
            Error(BinderCode.NotSupported, c.Condition.Span, $"a WATCH condition is checked at every step, outside NET_RECEIVE, so it cannot use '{perCall[0].Name}', {what} (nocmodl's C for it does not compile either); copy it to an ASSIGNED variable");
            return null;
        }
        Watches.Add(value);
        return new WatchActivate(Watches.Count - 1, c.Flag.Value) { Location = at };
    }

    private IEnumerable<Stmt> BindForNetCons(ForNetconsStatement f, SourceLocation at)
    {
        if (!_forNetConsArguments.IsEmpty)
        {
            Error(BinderCode.NotSupported, f.Span, "FOR_NETCONS cannot be nested");
            return [];
        }
        if (f.Parameters.Length != _arguments.Length)
        {
            Error(BinderCode.WrongArgumentCount, f.Span, $"FOR_NETCONS needs as many arguments as NET_RECEIVE ({_arguments.Length}), not {f.Parameters.Length}");
            return [];
        }
        _forNetConsArguments = [.. f.Parameters.Select(p => p.Name.Text)];
        var body = BindBody(f.Body);
        _forNetConsArguments = [];
        return [new ForNetCons(body) { Location = at }];
    }

    private IEnumerable<string> DeclareLocal(LocalVariable v)
    {
        _scopes.Peek().Add(v.Name.Text);
        if (v.ArraySize is not { } n) return [v.Name.Text];
        _localArrays[v.Name.Text] = n;
        var elements = Enumerable.Range(0, n).Select(k => MechanismSymbols.Element(v.Name.Text, k)).ToList();
        _scopes.Peek().UnionWith(elements);
        return elements;
    }

    // DERIVATIVE, KINETIC, LINEAR and NONLINEAR blocks are systems of equations formed at compile
    // time, so the variables they name must be known then.
    private bool FormsEquations => _kind is BodyKind.Kinetic or BodyKind.Derivative or BodyKind.Algebraic;

    private bool ConstantBounds(FromStatement f) =>
        Constant(f.From) is not null && Constant(f.To) is not null && (f.By is null || Constant(f.By) is not null);

    /// <summary>A FROM loop run as a loop. When its counter is a LOCAL, the loop has a counter of
    /// its own, as nocmodl's C (<c>{int _li; for (...)}</c>): the LOCAL keeps its value.</summary>
    private Stmt BindLoop(FromStatement f, SourceLocation at)
    {
        var name = f.Variable.Text;
        var (from, to, by) = (Bind(f.From), Bind(f.To), f.By is null ? 1.0 : Bind(f.By));
        if (!_scopes.Any(scope => scope.Contains(name)))
            return new For(ResolveTarget(name, f.Variable.Span), from, to, by, BindBody(f.Body)) { Location = at };
        _scopes.Push(new HashSet<string>(StringComparer.Ordinal) { name });
        var body = BindBody(f.Body);
        _scopes.Pop();
        return new IrBlock([new LocalDecl([name]), new For(VarRef.Local(name), from, to, by, body) { Location = at }]) { Location = at };
    }

    /// <summary>A FROM loop whose body indexes arrays is unrolled, so that every index is a
    /// constant and every array element a variable of its own (KINETIC schemes need their
    /// reactions at compile time, as nocmodl does). Its bounds must therefore be constants.</summary>
    private IEnumerable<Stmt> Unroll(FromStatement f, SourceLocation at)
    {
        var bounds = new[] { f.From, f.To, f.By }.Select(e => e is null ? 1.0 : Constant(e)).ToArray();
        if (bounds.Any(b => b is null) || bounds[2] == 0)
        {
            Error(BinderCode.ArrayIndex, f.Span, $"a FROM loop that indexes arrays needs constant bounds and a nonzero step (loop over '{f.Variable.Text}')");
            return [];
        }
        // nocmodl's counter is a C int: the bounds are truncated toward zero.
        var (from, to, by) = (Math.Truncate(bounds[0]!.Value), Math.Truncate(bounds[1]!.Value), bounds[2]!.Value);
        if ((to - from) / by > MaxUnrolled)
        {
            Error(BinderCode.ArrayIndex, f.Span, $"a FROM loop that indexes arrays is unrolled, and {from} to {to} by {by} is more than {MaxUnrolled} iterations");
            return [];
        }
        var name = f.Variable.Text;
        var outer = _counters.TryGetValue(name, out var saved);
        var iterations = new List<Stmt>();
        for (var k = from; by > 0 ? k <= to : k >= to; k += by)
        {
            _counters[name] = k;
            var body = BindBody(f.Body);
            // The methods read equations and reactions at the top level of their block.
            if (FormsEquations) iterations.AddRange(body);
            else iterations.Add(new IrBlock(body) { Location = at });
        }
        if (outer) _counters[name] = saved;
        else _counters.Remove(name);
        return iterations;
    }

    private IEnumerable<Stmt> IndexedCompartment(VolumeStatement v, Identifier index, SourceLocation at)
    {
        var result = new List<Stmt>();
        foreach (var species in v.Species.Where(IsSpecies))
        {
            if (_symbols.ArrayLength(species.Text) is not { } n)
            {
                result.Add(new Compartment(Bind(v.Volume), [Species(new NameExpression(species.Span, species.Text))]) { Location = at });
                continue;
            }
            var outer = _counters.TryGetValue(index.Text, out var saved);
            for (var k = 0; k < n; k++)
            {
                _counters[index.Text] = k;
                result.Add(new Compartment(Bind(v.Volume), [Species(new IndexedNameExpression(species.Span, species.Text, new NumberExpression(species.Span, $"{k}", k, null)))]) { Location = at });
            }
            if (outer) _counters[index.Text] = saved;
            else _counters.Remove(index.Text);
        }
        return result;
    }

    // A COMPARTMENT may list a variable that is not a STATE (an ion concentration); like
    // nocmodl, it has no equation, so its volume is not used.
    private bool IsSpecies(Identifier name) => _symbols.IsState(name.Text) || !_symbols.TryResolve(name.Text, out _);

    private double? Constant(Expression e) => Simplifier.Simplify(Bind(e)) is Number n ? n.Value : null;

    /// <summary>The variable name of <c>array[index]</c> in an equation block, or null (reported)
    /// when the index is not a whole-number constant inside the array.</summary>
    private string? ElementName(string array, Expression index, SourceSpan span)
    {
        if (ArrayLength(array, span) is not { } length) return null;
        if (Constant(index) is not { } k)
        {
            Error(BinderCode.ArrayIndex, index.Span, $"the index of '{array}' must be a constant or the counter of a FROM loop with constant bounds: the equations of a {BlockName} block are formed when the file is compiled");
            return null;
        }
        return CheckedElement(array, length, k, index.Span);
    }

    private int? ArrayLength(string array, SourceSpan span)
    {
        var length = _scopes.Any(scope => scope.Contains(array)) && _localArrays.TryGetValue(array, out var n) ? n : _symbols.ArrayLength(array);
        if (length is null) Error(BinderCode.ArrayIndex, span, $"'{array}' is not an array, so it cannot be indexed");
        return length;
    }

    private string? CheckedElement(string array, int length, double k, SourceSpan span)
    {
        if (k != Math.Floor(k))
        {
            Error(BinderCode.ArrayIndex, span, $"index {k} of '{array}' is not a whole number");
            return null;
        }
        if (k < 0 || k >= length)
        {
            Error(BinderCode.ArrayIndex, span, $"index {k} is outside '{array}[{length}]' (0 to {length - 1})");
            return null;
        }
        return MechanismSymbols.Element(array, (int)k);
    }

    /// <summary>The elements of <c>array[index]</c> and its index when the index is known only at
    /// run time, or null with the element's name when it is a constant (null when reported).</summary>
    private (ImmutableArray<string> Elements, Expr Index)? RunTimeIndex(string array, Expression index, SourceSpan span, out string? element)
    {
        element = null;
        if (ArrayLength(array, span) is not { } length) return null;
        var bound = Simplifier.Simplify(Bind(index));
        if (bound is Number k)
        {
            element = CheckedElement(array, length, k.Value, index.Span);
            return null;
        }
        return ([.. Enumerable.Range(0, length).Select(j => MechanismSymbols.Element(array, j))], bound);
    }

    private string BlockName => _kind switch
    {
        BodyKind.Kinetic => "KINETIC",
        BodyKind.Derivative => "DERIVATIVE",
        _ => "LINEAR or NONLINEAR",
    };

    private Expr BindElement(IndexedNameExpression x)
    {
        if (FormsEquations) return ElementName(x.Name, x.Index, x.Span) is { } element ? Resolve(element, x.Span) : 0.0;
        if (RunTimeIndex(x.Name, x.Index, x.Span, out var constant) is { } dynamic)
            return new ElementAt(x.Name, dynamic.Index, [.. dynamic.Elements.Select(e => Resolve(e, x.Span))]);
        return constant is null ? 0.0 : Resolve(constant, x.Span);
    }

    private Stmt BindAssignment(Expression target, Expression value, SourceLocation at)
    {
        switch (target)
        {
            case PrimeExpression { Order: 1, Index: { } index } prime when _kind == BodyKind.Derivative:
                return ElementName(prime.Name, index, prime.Span) is { } element
                    ? BindAssignment(new PrimeExpression(prime.Span, element, 1), value, at)
                    : new LocalDecl([]);
            case IndexedNameExpression x when !FormsEquations:
                if (RunTimeIndex(x.Name, x.Index, x.Span, out var constant) is { } dynamic)
                    return new AssignElement(x.Name, [.. dynamic.Elements.Select(e => ResolveTarget(e, x.Span))], dynamic.Index, Bind(value)) { Location = at };
                return constant is null ? new LocalDecl([]) : new Assign(ResolveTarget(constant, x.Span), Bind(value)) { Location = at };
            case IndexedNameExpression x:
                return ElementName(x.Name, x.Index, x.Span) is { } item ? new Assign(ResolveTarget(item, x.Span), Bind(value)) { Location = at } : new LocalDecl([]);
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
            case "printf" when !_symbols.Functions.ContainsKey("printf"):
                return BindPrintf(call, at);
        }
        return Bind(call) is Call c ? new CallStmt(c) { Location = at } : new LocalDecl([]);
    }

    private Stmt BindPrintf(CallExpression call, SourceLocation at)
    {
        if (call.Arguments.FirstOrDefault() is not StringExpression format)
        {
            Error(BinderCode.WrongArgumentCount, call.Span, "printf needs a quoted format string as its first argument");
            return new LocalDecl([]);
        }
        if (!Verbatim.Syntax.CLiterals.TryUnescape("\"" + format.Value + "\"", out var text))
        {
            Error(BinderCode.NotSupported, format.Span, $"printf format \"{format.Value}\" ends in an unfinished escape sequence");
            return new LocalDecl([]);
        }
        return new Printf(text, [.. call.Arguments.Skip(1).Select(Bind)]) { Location = at };
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
            "after_cvode" => SolveMethod.AfterCvode,
            null => null,
            _ => Unsupported(),
        };
        if (method is not null && m is null) return [];
        if (m == SolveMethod.AfterCvode && !(_symbols.Functions.TryGetValue(solve.Block.Text, out var p) && p is { IsFunction: false, Arity: 0 }))
        {
            Error(BinderCode.UnknownSolveBlock, solve.Block.Span, $"SOLVE {solve.Block.Text} METHOD after_cvode needs a PROCEDURE {solve.Block.Text}() without arguments in this file");
            return [];
        }
        // nocmodl calls a PROCEDURE named by SOLVE without METHOD in nrn_state, as after_cvode does on the
        // fixed step (its int result, 0 from VERBATIM's usual 'return 0;', is an error code).
        if (method is null && IsSolvableProcedure(solve.Block.Text)) m = SolveMethod.AfterCvode;
        return [new Solve(solve.Block.Text, m ?? SolveMethod.DerivImplicit, solve.SteadyState) { Location = at }];

        SolveMethod? Unsupported()
        {
            Error(BinderCode.NotSupported, solve.Method!.Span, $"METHOD {method} is not supported yet (cnexp, derivimplicit, euler, runge, sparse and after_cvode are)");
            return null;
        }
    }

    /// <summary>A PROCEDURE without arguments that is not also a DERIVATIVE/KINETIC/LINEAR/NONLINEAR block.</summary>
    private bool IsSolvableProcedure(string name) => _symbols.Functions.TryGetValue(name, out var p) && p is { IsFunction: false, Arity: 0 };

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
        if (e is IndexedNameExpression x)
            return ElementName(x.Name, x.Index, x.Span) is { } element ? Species(new NameExpression(x.Span, element)) : VarRef.Local("_error");
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
                return BindElement(x);
            default:
                Error(BinderCode.NotSupported, e.Span, $"'{Text(e)}' is not supported in an expression");
                return 0.0;
        }
    }

    private Expr BindCall(CallExpression c)
    {
        var args = c.Arguments.Select(Bind).ToArray();
        // at_time(t) tells CVODE about a discontinuity at t; with the fixed step NEURON's at_time
        // does nothing and returns 0.
        if (c.Function == "at_time" && !_symbols.Functions.ContainsKey(c.Function))
        {
            Arity(c, 1);
            return 0.0;
        }
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
        if (_counters.TryGetValue(name, out var counter)) return counter;
        if (_scopes.Any(scope => scope.Contains(name))) return VarRef.Local(name);
        var weight = _forNetConsArguments.IndexOf(name);
        if (weight >= 0) return new VarRef(name, Storage.NetConWeight, weight);
        if (_scopes.Any(scope => scope.Contains(name))) return VarRef.Local(name);
        var position = _arguments.IndexOf(name);
        if (position >= 0) return VarRef.Argument(name, position);
        if (name == _functionName) return VarRef.Local(name);
        if (_kind == BodyKind.NetReceive && name == "flag") return VarRef.Flag;
        if (_kind == BodyKind.Kinetic && name is "f_flux" or "b_flux") return VarRef.Local(name);
        if (MechanismSymbols.Implicit(name) is { } builtin) return builtin;
        if (_symbols.TryResolve(name, out var value)) return value;
        Error(BinderCode.UndefinedName, span, $"'{name}' is not declared (LOCAL, PARAMETER, ASSIGNED, STATE or CONSTANT)");
        return 0.0;
    }

    /// <summary>The LOCAL, argument or FUNCTION value that VERBATIM C names <c>_l</c> + <paramref name="name"/>, or null.</summary>
    private VarRef? VerbatimLocal(string name)
    {
        if (_scopes.Any(scope => scope.Contains(name)) || name == _functionName) return VarRef.Local(name);
        var position = _arguments.IndexOf(name);
        if (position >= 0) return VarRef.Argument(name, position);
        return _kind == BodyKind.NetReceive && name == "flag" ? VarRef.Flag : null;
    }

    private VarRef ResolveTarget(string name, SourceSpan span)
    {
        if (_symbols.IsConstant(name) && !_scopes.Any(scope => scope.Contains(name)))
        {
            Error(BinderCode.NotAssignable, span, $"'{name}' is a constant and cannot be assigned");
            return VarRef.Local("_error");
        }
        if (Resolve(name, span) is not Variable { Ref: var target }) return VarRef.Local("_error");
        // nocmodl assigns the mechanism's copy of an ion variable it only READs; the ion keeps its value.
        if (target.Storage == Storage.Ion && !_symbols.Info.Ions[target.Index].Writes.Contains(target.IonField))
        {
            var ion = _symbols.Info.Ions[target.Index].Ion;
            Error(BinderCode.NotAssignable, span, $"'{name}' is only READ from ion {ion} (USEION {ion} READ {name}): assigning it would change the ion for every mechanism, where NEURON changes a private copy; add it to WRITE or assign another variable");
            return VarRef.Local("_error");
        }
        return target;
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
