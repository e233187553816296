using Nrn.Abi;

namespace Nrn;

/// <summary>A mechanism block with the kernels that run it.</summary>
internal readonly record struct MechanismRun(MechanismBlock Block, IMechanismKernels Kernels);
