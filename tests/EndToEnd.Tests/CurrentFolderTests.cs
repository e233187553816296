using EndToEnd.Tests.Support;
using Nrn;

namespace EndToEnd.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentFolderCollection
{
    public const string Name = "changes the current folder";
}

/// <summary>What depends on the current folder, as in NEURON: nrnivmodl without arguments builds
/// the folder it runs in, and <see cref="Simulation.WithDefaultMechanisms"/> picks up the
/// <c>x86_64/nrnmech.dll</c> found there. These tests change the process's current folder, so
/// they run alone.</summary>
[Collection(CurrentFolderCollection.Name)]
public sealed class CurrentFolderTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-cwd-");
    private readonly string _previous = Directory.GetCurrentDirectory();

    public CurrentFolderTests() => Directory.SetCurrentDirectory(_dir.Path);

    public void Dispose()
    {
        Directory.SetCurrentDirectory(_previous);
        _dir.Dispose();
    }

    [Fact]
    public void Without_arguments_the_current_folder_is_built_and_then_loaded_by_default()
    {
        _dir.Write("here.mod", "NEURON { SUFFIX here NONSPECIFIC_CURRENT i }\nASSIGNED { v (mV) i (mA/cm2) }\nBREAKPOINT { i = 0 }\n");
        Assert.False(Simulation.WithDefaultMechanisms().Registry.TryGet("here", out _));
        var run = NrnivmodlRun.Run();
        Assert.Equal(0, run.Exit);
        Assert.Contains(Path.Combine("x86_64", "nrnmech.dll"), run.Out);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "x86_64", "nrnmech.dll")));
        Assert.True(Simulation.WithDefaultMechanisms().Registry.TryGet("here", out _));
    }
}
