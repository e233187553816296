using Nmodl.Parser.Parsing;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;
using Xunit.Abstractions;

namespace Nmodl.Parser.Tests.Corpus;

/// <summary>Real .mod files: Debian's NEURON demos (read in place) and our own mod/ folder.</summary>
public class CorpusTests(ITestOutputHelper output)
{
    private const string None = "(none)";

    public static TheoryData<string> DebianFiles => Files(RepoPaths.DebianDemoMods);

    public static TheoryData<string> RepoFiles => Files(RepoPaths.Root is { } root ? Path.Combine(root, "mod") : "");

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(folder))
            foreach (var file in Directory.EnumerateFiles(folder, "*.mod", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                data.Add(file);
        if (data.Count == 0) data.Add(None);
        return data;
    }

    [Theory]
    [MemberData(nameof(DebianFiles))]
    public void DebianDemoParsesAndRoundTrips(string path) => ParseAndRoundTrip(path, RepoPaths.DebianDemoMods);

    [Theory]
    [MemberData(nameof(RepoFiles))]
    public void RepoModParsesAndRoundTrips(string path) => ParseAndRoundTrip(path, "mod/");

    private void ParseAndRoundTrip(string path, string folder)
    {
        if (path == None)
        {
            output.WriteLine($"SKIPPED: no .mod files in {folder}; nothing to check here.");
            return;
        }
        var result = NmodlParser.ParseFile(path);
        Assert.False(result.HasErrors, result.RenderDiagnostics());
        Assert.NotEmpty(result.Root.Blocks);
        RoundTrip.AssertFixedPoint(result.Root);
    }

    [Fact]
    public void CabpumpHasTheExpectedStructure()
    {
        var path = Path.Combine(RepoPaths.DebianDemoMods, "cabpump.mod");
        if (!File.Exists(path))
        {
            output.WriteLine($"SKIPPED: {path} is absent (NEURON's Debian demos not installed).");
            return;
        }
        var file = NmodlParser.ParseFile(path).Root;
        var neuron = file.Find<NeuronBlock>()!;
        Assert.Equal("cadifpmp", neuron.Statements.OfType<SuffixStatement>().Single().Name.Text);
        var ion = neuron.Statements.OfType<UseIonStatement>().Single();
        Assert.Equal(["cao", "ica"], ion.Read.Select(n => n.Text));
        Assert.Equal(["cai", "ica"], ion.Write.Select(n => n.Text));
        Assert.Equal(10, file.Find<DefineBlock>()!.Value.Value);
        var ca = file.Find<StateBlock>()!.Declarations.First();
        Assert.Equal(("ca", 10, "mM", 1e-6), (ca.Name.Text, ca.ArraySize, ca.Unit!.Text, ca.AbsoluteTolerance!.Value));
        var faraday = file.Find<UnitsBlock>()!.Entries.OfType<UnitFactorDefinition>().First();
        Assert.Equal(("FARADAY", "faraday", "coulomb"), (faraday.Name.Text, faraday.Source!.Text, faraday.Target.Text));
        var kinetic = file.AllBlocks().OfType<SchemeBlock>().Single(b => b.Kind == SchemeKind.Kinetic);
        Assert.Contains(kinetic.Body.Statements, s => s is VolumeStatement { Kind: VolumeKind.Compartment, Index.Text: "i" });
        Assert.Contains(kinetic.Body.Statements, s => s is ReactionStatement { Operator: ReactionOperator.Flux });
    }
}
