using System.Collections.Immutable;
using Nrn.Abi;

namespace Nmodl.Codegen.Ir;

/// <summary>A user FUNCTION (has a value, held in the local named like the function) or PROCEDURE.</summary>
public sealed record FunctionIr(string Name, ImmutableArray<string> Parameters, ImmutableArray<Stmt> Body, bool IsFunction)
{
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>TABLE statement of this function, if any.</summary>
    public TableSpec? Table { get; init; }
}

/// <summary><c>TABLE targets DEPEND deps FROM lo TO hi WITH n</c>: <see cref="Targets"/> are the
/// GLOBALs a PROCEDURE fills (empty for a FUNCTION, whose value is tabulated).</summary>
public sealed record TableSpec(ImmutableArray<VarRef> Targets, ImmutableArray<VarRef> Depends, Expr From, Expr To, int Intervals);

/// <summary><c>CONDUCTANCE g USEION ion</c>: g is the current's dI/dv; <see cref="IonBinding"/> is
/// the ion's binding (null without USEION: the hint only adds to the node's conductance).</summary>
public sealed record ConductanceHint(VarRef Conductance, int? IonBinding);

/// <summary>A DERIVATIVE, KINETIC or LINEAR/NONLINEAR block named by SOLVE statements.</summary>
public sealed record SolvableBlock(string Name, SolvableKind Kind, ImmutableArray<Stmt> Body)
{
    public SourceLocation Location { get; init; } = SourceLocation.None;

    /// <summary>For LINEAR/NONLINEAR: the variables solved for (SOLVEFOR, else the STATEs the equations mention).</summary>
    public ImmutableArray<VarRef> Unknowns { get; init; } = [];
}

/// <summary>DERIVATIVE, KINETIC, LINEAR or NONLINEAR (the last two hold equations <c>~ a = b</c>).</summary>
public enum SolvableKind { Derivative, Kinetic, Linear, Nonlinear }

/// <summary>A mechanism as the binder hands it to the passes: NMODL's blocks with resolved
/// variables. <see cref="Pipeline"/> turns it into <see cref="LoweredMechanism"/> kernels.</summary>
public sealed record MechanismIr(MechanismInfo Info)
{
    public ImmutableArray<Stmt> Initial { get; init; } = [];

    /// <summary>BREAKPOINT, including its SOLVE statements.</summary>
    public ImmutableArray<Stmt> Breakpoint { get; init; } = [];

    /// <summary>BREAKPOINT's <c>CONDUCTANCE g [USEION ion]</c> statements in file order. When there
    /// is any, nocmodl takes the conductance from them instead of evaluating the currents at v + 0.001.</summary>
    public ImmutableArray<ConductanceHint> ConductanceHints { get; init; } = [];

    public ImmutableArray<SolvableBlock> Solvables { get; init; } = [];

    public ImmutableArray<FunctionIr> Functions { get; init; } = [];

    /// <summary>NET_RECEIVE body (arguments are <see cref="Storage.Argument"/> refs), null if none.</summary>
    public ImmutableArray<Stmt>? NetReceive { get; init; }

    /// <summary>NET_RECEIVE's INITIAL block; null when it has none, and then NEURON zeroes every
    /// NetCon weight after the first at finitialize.</summary>
    public ImmutableArray<Stmt>? NetReceiveInitial { get; init; }

    /// <summary>The WATCH conditions of NET_RECEIVE in file order, as values that are positive
    /// when the condition holds (<c>a - b</c> for <c>a &gt; b</c>).</summary>
    public ImmutableArray<Expr> Watches { get; init; } = [];

    /// <summary>BEFORE/AFTER blocks in file order.</summary>
    public ImmutableArray<(BeforeAfterTiming Timing, ImmutableArray<Stmt> Body)> BeforeAfter { get; init; } = [];

    /// <summary>CONSTRUCTOR and DESTRUCTOR bodies (run for one instance when a point process or
    /// artificial cell is created / removed), null when absent.</summary>
    public ImmutableArray<Stmt>? Constructor { get; init; }

    public ImmutableArray<Stmt>? Destructor { get; init; }

    /// <summary>The GLOBAL <c>usetable</c> switch, present when some function has a TABLE.</summary>
    public VarRef? UseTable { get; init; }

    /// <summary>C# members (static fields and methods) translated from the file-scope VERBATIM blocks
    /// and the static locals of all VERBATIM C, empty when there are none.</summary>
    public string VerbatimMembers { get; init; } = "";
}

/// <summary>The kernels the backends print, after every pass has run.</summary>
public sealed record LoweredMechanism(MechanismInfo Info)
{
    public ImmutableArray<Stmt> Initialize { get; init; } = [];
    public ImmutableArray<Stmt> ComputeCurrent { get; init; } = [];
    public ImmutableArray<Stmt> AdvanceState { get; init; } = [];
    public ImmutableArray<Stmt>? NetReceive { get; init; }
    public ImmutableArray<Stmt>? NetReceiveInitial { get; init; }
    public ImmutableArray<Expr> Watches { get; init; } = [];
    public ImmutableArray<(BeforeAfterTiming Timing, ImmutableArray<Stmt> Body)> BeforeAfter { get; init; } = [];
    public ImmutableArray<Stmt>? Constructor { get; init; }
    public ImmutableArray<Stmt>? Destructor { get; init; }
    public ImmutableArray<FunctionIr> Functions { get; init; } = [];
    public VarRef? UseTable { get; init; }
    public string VerbatimMembers { get; init; } = "";
}
