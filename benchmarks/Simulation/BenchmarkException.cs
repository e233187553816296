namespace WholeSimulation;

/// <summary>A problem with the benchmark's inputs or its environment, reported as one line.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
