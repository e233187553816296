using System.Collections.Immutable;

namespace Nmodl.Codegen.Ir;

/// <summary>One implicit Euler step of a DERIVATIVE block solved by Newton's method the way
/// NEURON's derivimplicit does (finite-difference Jacobian, scopmath's convergence test).
/// <see cref="Body"/> computes, for the current iterate of the states, each derivative into the
/// local named in <see cref="DerivativeLocals"/>; the backend forms the residual
/// <c>D - (x - x_saved)/dt</c> and iterates (dt = 1e-9 with <see cref="SteadyState"/>, as NEURON).
/// With <see cref="Algebraic"/> the locals hold the residuals of LINEAR/NONLINEAR equations
/// (<c>left - right</c>) and Newton solves them for zero.</summary>
public sealed record NewtonStep(string Name, ImmutableArray<VarRef> States, ImmutableArray<Stmt> Body,
    ImmutableArray<string> DerivativeLocals, bool SteadyState, bool Algebraic = false) : Stmt;

/// <summary>One implicit Euler step of a KINETIC scheme the way NEURON's sparse solver does it:
/// <see cref="Body"/> fills the Newton matrix (<see cref="MatrixAdd"/>) and right-hand side
/// (<see cref="RhsAdd"/>) for the current states; the backend solves, adds the correction and
/// repeats until the summed |correction| is at most 1e-6 (once when <see cref="Linear"/>).</summary>
public sealed record SparseStep(string Name, ImmutableArray<VarRef> States, ImmutableArray<Stmt> Body,
    bool Linear, bool SteadyState) : Stmt
{
    /// <summary>A LINEAR block: the matrix and right-hand side give the unknowns themselves
    /// (<c>A x = b</c>, solved once) rather than a Newton correction.</summary>
    public bool Direct { get; init; }
}

/// <summary><c>matrix[Row, Column] += Value</c> inside a <see cref="SparseStep"/>.</summary>
public sealed record MatrixAdd(int Row, int Column, Expr Value) : Stmt;

/// <summary><c>rhs[Row] += Value</c> inside a <see cref="SparseStep"/>.</summary>
public sealed record RhsAdd(int Row, Expr Value) : Stmt;
