using Nrn.Abi;

namespace Nrn;

/// <summary>A mechanism block of the compiled model with the kernels that run it (what the event
/// system calls NET_RECEIVE through).</summary>
public readonly record struct MechanismRun(MechanismBlock Block, IMechanismKernels Kernels);
