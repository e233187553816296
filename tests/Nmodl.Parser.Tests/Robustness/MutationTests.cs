using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Parsing;
using Nmodl.Parser.Printing;
using Nmodl.Parser.Tests.Support;
using Nmodl.Parser.Text;
using Xunit.Abstractions;

namespace Nmodl.Parser.Tests.Robustness;

/// <summary>
/// Deletes, duplicates and swaps random tokens of valid files (fixed seed). The parser must never
/// throw, every diagnostic must point inside the file, and whatever parses cleanly must have
/// consistent spans and print and parse back to the same text.
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    private const int MutantsPerSeed = 600;

    [Fact]
    public void RandomTokenEditsNeverThrow()
    {
        var random = new Random(20261122);
        var total = 0;
        var clean = 0;
        foreach (var (name, text) in Seeds.All())
        {
            var tokens = Lexer.Tokenize(new SourceText(name, text), new DiagnosticBag()).Where(t => t.Kind != TokenKind.EndOfFile).ToArray();
            for (var i = 0; i < MutantsPerSeed; i++)
            {
                var mutant = Mutate(text, tokens, random);
                total++;
                if (Check(name, mutant)) clean++;
            }
        }
        output.WriteLine($"{total} mutants, {clean} still valid and round-tripped");
        Assert.True(total >= 3000 || !Directory.Exists(RepoPaths.DebianDemoMods), $"only {total} mutants");
    }

    [Fact]
    public void RandomCharactersNeverThrow()
    {
        var random = new Random(7);
        const string alphabet = "{}()[]<>-=~'\":?;,.^!&|*/+ \t\n\rEe019aAZ_\\\0\u00e9\u2028\ud800\udc00\U0001F600";
        foreach (var (name, text) in Seeds.All().Take(3))
        {
            for (var i = 0; i < 300; i++)
            {
                var chars = text.ToCharArray().ToList();
                for (var k = random.Next(1, 6); k > 0; k--)
                {
                    var at = random.Next(chars.Count + 1);
                    if (random.Next(2) == 0 && at < chars.Count) chars.RemoveAt(at);
                    else chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                }
                Check(name, new string(chars.ToArray()));
            }
        }
    }

    [Fact]
    public void RandomBytesNeverThrow()
    {
        var random = new Random(11);
        var bytes = new byte[400];
        for (var i = 0; i < 500; i++)
        {
            random.NextBytes(bytes);
            var result = NmodlParser.ParseBytes(bytes.AsSpan(0, random.Next(bytes.Length)), "noise.mod");
            AssertSpansInside(result, result.Sources["noise.mod"].Text);
        }
    }

    private static string Mutate(string text, Token[] tokens, Random random)
    {
        var a = tokens[random.Next(tokens.Length)];
        var textA = text.Substring(a.Offset, a.Length);
        switch (random.Next(3))
        {
            case 0:
                return text.Remove(a.Offset, a.Length);
            case 1:
                return text.Insert(a.End, " " + textA);
            default:
                var b = tokens[random.Next(tokens.Length)];
                if (b.Offset < a.Offset) (a, b) = (b, a);
                if (a.End > b.Offset) return text;
                textA = text.Substring(a.Offset, a.Length);
                var textB = text.Substring(b.Offset, b.Length);
                return text[..a.Offset] + textB + text[a.End..b.Offset] + textA + text[b.End..];
        }
    }

    /// <summary>Parses; returns true when the mutant was valid (and then checks the round trip).</summary>
    private static bool Check(string name, string text)
    {
        var result = NmodlParser.ParseText(text, name);
        AssertSpansInside(result, text);
        if (result.HasErrors) return false;
        SpanChecks.AssertConsistent(result.Root, result.Sources[name]);
        var printed = NmodlPrinter.Print(result.Root);
        var again = NmodlParser.ParseText(printed, name);
        Assert.False(again.HasErrors, $"printed mutant does not parse:\n{again.RenderDiagnostics()}\n--- mutant:\n{text}");
        Assert.Equal(printed, NmodlPrinter.Print(again.Root));
        return true;
    }

    private static void AssertSpansInside(ParseResult result, string text)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Offset, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, 0, text.Length);
            Assert.True(diagnostic.Span.Line >= 1 && diagnostic.Span.Column >= 1, diagnostic.ToString());
            Assert.False(string.IsNullOrWhiteSpace(result.RenderDiagnostics()));
        }
    }
}
