using EndToEnd.Tests.Support;

namespace EndToEnd.Tests;

/// <summary>With <c>-v</c>, a file whose translation is reused from the cache shows its warnings
/// again, as when it was translated; without <c>-v</c> neither shows them.</summary>
public sealed class NrnivmodlVerboseTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-verbose-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Warnings_of_a_reused_file_are_repeated_with_v()
    {
        _dir.Write("warned.mod", "NEURON { SUFFIX warned RANGE g, ghost }\nPARAMETER { g = 1 }\n");
        var other = _dir.Write("other.mod", "NEURON { SUFFIX other RANGE g }\nPARAMETER { g = 1 }\n");
        var first = NrnivmodlRun.Run("-v", _dir.Path);
        Assert.Equal(0, first.Exit);
        var warning = Assert.Single(first.Err.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal) && l.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains("warned.mod:1:", warning);

        File.WriteAllText(other, "NEURON { SUFFIX other RANGE g }\nPARAMETER { g = 2 }\n");
        var quiet = NrnivmodlRun.Run(_dir.Path);
        File.WriteAllText(other, "NEURON { SUFFIX other RANGE g }\nPARAMETER { g = 3 }\n");
        var verbose = NrnivmodlRun.Run("-v", _dir.Path);

        Assert.DoesNotContain("ghost", quiet.Err);
        Assert.Contains("Unchanged warned.mod", verbose.Out);
        Assert.Contains(warning, verbose.Err);
    }
}
