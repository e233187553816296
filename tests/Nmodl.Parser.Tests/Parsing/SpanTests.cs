using Nmodl.Parser.Parsing;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

/// <summary>Every node's span is consistent with the source text it came from.</summary>
public class SpanTests
{
    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Seeds.All()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void SpansNestAndPointAtTheirText(string name)
    {
        var text = Seeds.All().Single(s => s.Name == name).Text;
        var result = NmodlParser.ParseText(text, name);
        Assert.False(result.HasErrors, result.RenderDiagnostics());
        SpanChecks.AssertConsistent(result.Root, result.Sources[name]);
    }

    [Theory]
    [MemberData(nameof(Printing.RoundTripTests.Snippets), MemberType = typeof(Printing.RoundTripTests))]
    public void SnippetSpansAreConsistent(string text)
    {
        var result = NmodlParser.ParseText(text, "snippet.mod");
        Assert.False(result.HasErrors, result.RenderDiagnostics());
        SpanChecks.AssertConsistent(result.Root, result.Sources["snippet.mod"]);
    }
}
