using System.Collections.Immutable;

namespace Nmodl.Codegen.Ir;

/// <summary>An IR statement. Each keeps the .mod location it was lowered from.</summary>
public abstract record Stmt
{
    public SourceLocation Location { get; init; } = SourceLocation.None;
}

/// <summary><c>target = value</c>.</summary>
public sealed record Assign(VarRef Target, Expr Value) : Stmt;

/// <summary><c>array[index] = value</c> with an index known only at run time (see <see cref="ElementAt"/>).</summary>
public sealed record AssignElement(string Array, ImmutableArray<VarRef> Elements, Expr Index, Expr Value) : Stmt;

/// <summary><c>target += value</c> (ion currents, the node's rhs and diagonal).</summary>
public sealed record Accumulate(VarRef Target, Expr Value) : Stmt;

/// <summary>Declares LOCAL variables (initialised to 0, as NEURON's generated C does for doubles it zeroes).</summary>
public sealed record LocalDecl(ImmutableArray<string> Names) : Stmt;

public sealed record If(Expr Condition, ImmutableArray<Stmt> Then, ImmutableArray<Stmt> Else) : Stmt;

public sealed record While(Expr Condition, ImmutableArray<Stmt> Body) : Stmt;

/// <summary>NMODL's <c>FROM i = lo TO hi BY step { ... }</c>: as nocmodl's C, the counter is a whole
/// number starting at lo truncated toward zero, and runs while it is at most hi truncated toward
/// zero (inclusive). The counter is a LOCAL of its own, declared by the binder in a block around the loop.</summary>
public sealed record For(VarRef Counter, Expr From, Expr To, Expr Step, ImmutableArray<Stmt> Body) : Stmt;

/// <summary><c>FOR_NETCONS(w1, w2) { ... }</c> in NET_RECEIVE: the body once per NetCon that targets
/// the instance, its arguments (<see cref="Storage.NetConWeight"/>) that NetCon's weights.</summary>
public sealed record ForNetCons(ImmutableArray<Stmt> Body) : Stmt;

/// <summary><c>WATCH (a &gt; b) flag</c>: activates the mechanism's watch condition <see cref="Index"/>
/// (<see cref="MechanismIr.Watches"/>) for the instance.</summary>
public sealed record WatchActivate(int Index, double Flag) : Stmt;

/// <summary>A nested scope (keeps the LOCALs of an inlined body apart).</summary>
public sealed record Block(ImmutableArray<Stmt> Body) : Stmt;

/// <summary>A call of a FUNCTION or PROCEDURE with a TABLE: each column of the table (the FUNCTION's
/// value, or a PROCEDURE's tabulated variables) looked up at <see cref="Argument"/> into its
/// target. With <c>usetable</c> 0 the function itself runs instead, as nocmodl does.</summary>
public sealed record TableLookup(string Function, Expr Argument, ImmutableArray<(string Column, VarRef Target)> Columns, int Intervals, bool IsFunction) : Stmt
{
    public bool Equals(TableLookup? other) => other is not null && Function == other.Function && Argument == other.Argument
        && Columns.SequenceEqual(other.Columns) && Intervals == other.Intervals && IsFunction == other.IsFunction;

    public override int GetHashCode() => HashCode.Combine(Function, Argument, Columns.Length);
}

/// <summary>A PROCEDURE call, or a FUNCTION call whose value is discarded.</summary>
public sealed record CallStmt(Call Call) : Stmt;

/// <summary>NMODL's <c>printf("format", args...)</c>: C's printf to standard output;
/// <see cref="Format"/> has its escapes already resolved.</summary>
public sealed record Printf(string Format, ImmutableArray<Expr> Arguments) : Stmt;

/// <summary><c>net_send(delay, flag)</c>.</summary>
public sealed record NetSend(Expr Delay, Expr Flag) : Stmt;

/// <summary><c>net_event(time)</c>.</summary>
public sealed record NetEvent(Expr Time) : Stmt;

/// <summary><c>net_move(time)</c>.</summary>
public sealed record NetMove(Expr Time) : Stmt;

/// <summary><c>SOLVE block METHOD method [STEADYSTATE method]</c>; replaced by the integration passes.</summary>
public sealed record Solve(string BlockName, SolveMethod Method, bool SteadyState) : Stmt;

/// <summary>How a SOLVE integrates its block. <see cref="AfterCvode"/> names a PROCEDURE that,
/// on the fixed step, nocmodl calls in nrn_state where the other SOLVEs integrate.</summary>
public enum SolveMethod { Cnexp, DerivImplicit, Euler, Runge, Sparse, AfterCvode }

/// <summary><c>x' = value</c> inside a DERIVATIVE block.</summary>
public sealed record Derivative(VarRef State, Expr Value) : Stmt;

/// <summary>One side of a reaction: a state with its stoichiometric coefficient.</summary>
public sealed record Reactant(VarRef State, int Coefficient);

/// <summary><c>~ A + B &lt;-&gt; C (kf, kb)</c>; <see cref="Backward"/> is null for <c>-&gt;</c>.</summary>
public sealed record Reaction(ImmutableArray<Reactant> Left, ImmutableArray<Reactant> Right, Expr Forward, Expr? Backward) : Stmt;

/// <summary><c>~ x &lt;&lt; (flux)</c>: a flux added to the state's equation.</summary>
public sealed record FluxIn(VarRef State, Expr Flux) : Stmt;

/// <summary><c>CONSERVE a*x + b*y = total</c>: replaces one state's equation.</summary>
public sealed record Conserve(ImmutableArray<(VarRef State, Expr Weight)> Terms, Expr Total) : Stmt;

/// <summary><c>~ left = right</c> in a LINEAR or NONLINEAR block.</summary>
public sealed record Equation(Expr Left, Expr Right) : Stmt;

/// <summary><c>COMPARTMENT volume { states }</c>: scales those states' d/dt terms.</summary>
public sealed record Compartment(Expr Volume, ImmutableArray<VarRef> States) : Stmt;
