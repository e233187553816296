namespace Nrn.Runtime.Tests.Events;

/// <summary>Runs <see cref="EventPerformanceTests"/> with no other test in parallel.</summary>
[CollectionDefinition(nameof(EventPerformanceTests), DisableParallelization = true)]
public sealed class EventPerformanceCollection;
