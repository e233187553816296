namespace Nrn.Abi;

/// <summary>When NEURON runs a BEFORE/AFTER block. finitialize: BeforeInitial, the INITIAL blocks,
/// AfterInitial, then (setting up the first matrix) BeforeBreakpoint and (recording) BeforeStep.
/// Each fixed step: BeforeBreakpoint before the currents, the states' update, AfterSolve, then
/// BeforeStep before recording.</summary>
public enum BeforeAfterTiming { BeforeBreakpoint, AfterSolve, BeforeInitial, AfterInitial, BeforeStep }
