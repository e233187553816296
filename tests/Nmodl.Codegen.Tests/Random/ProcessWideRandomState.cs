namespace Nmodl.Codegen.Tests.RandomStreams;

/// <summary>Tests that set the process-wide Random123 global index or mcell_ran4 low index run one
/// at a time, never beside a test that draws from them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideRandomState
{
    public const string Name = "process-wide random state";
}
