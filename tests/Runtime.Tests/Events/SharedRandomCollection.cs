namespace Nrn.Runtime.Tests.Events;

/// <summary>Tests whose NetStims draw from NEURON's process-wide random stream (ScopRandom): run
/// one after another so that no other test's draws come between a seed and its train.</summary>
[CollectionDefinition(nameof(SharedRandomCollection))]
public sealed class SharedRandomCollection;
