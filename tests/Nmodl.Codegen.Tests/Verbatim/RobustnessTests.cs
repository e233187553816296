using Nmodl.Codegen.Verbatim;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>Malformed C never makes the translator throw: every prefix of the test programs, and random mutations
/// of them, come back as C# or as diagnostics.</summary>
public sealed class RobustnessTests
{
    private static readonly DefaultNameResolver Resolver = new DefaultNameResolver()
        .Variable("x", "x", CType.Double).ModLocal("v", "v").Function("rate", "rate", CType.Double, CType.Double);

    private static IEnumerable<string> Sources() =>
        GccComparisonTests.Programs.Select(row => (string)row[1])
            .Concat(ClassificationTests.Blocks.Select(row => (string)row[1]))
            .Concat(DiagnosticTests.FileScopeCases.Select(row => (string)row[0]))
            .Concat(DiagnosticTests.StatementCases.Select(row => (string)row[0]));

    [Fact]
    public void EveryPrefixTranslatesOrIsReported()
    {
        var count = 0;
        foreach (var source in Sources())
        {
            for (var length = 0; length <= source.Length; length += 3)
            {
                TranslateBothWays(source[..length]);
                count++;
            }
        }
        Assert.True(count > 1000, $"only {count} prefixes");
    }

    [Fact]
    public void RandomMutationsTranslateOrAreReported()
    {
        var random = new Random(20261122);
        const string alphabet = "(){}[];,*&+-/%<>=!?:'\"#\\ \n0123456789.eExabcdefghijklmnopqrstuvwxyz_";
        var sources = Sources().ToList();
        for (var i = 0; i < 3000; i++)
        {
            var text = sources[random.Next(sources.Count)].ToCharArray().ToList();
            for (var edits = random.Next(1, 6); edits > 0 && text.Count > 0; edits--)
            {
                var position = random.Next(text.Count);
                switch (random.Next(3))
                {
                    case 0:
                        text.RemoveAt(position);
                        break;
                    case 1:
                        text.Insert(position, alphabet[random.Next(alphabet.Length)]);
                        break;
                    default:
                        text[position] = alphabet[random.Next(alphabet.Length)];
                        break;
                }
            }
            TranslateBothWays(new string([.. text]));
        }
    }

    private static void TranslateBothWays(string c)
    {
        var origin = new VerbatimOrigin("fuzz.mod", 1, 1);
        try
        {
            var module = new VerbatimModule("fuzz.mod", Resolver);
            module.AddFileScope(c, origin);
            module.TranslateStatements(c, origin, VerbatimBlockContext.Function("f"));
            VerbatimClassifier.Classify(c, origin, VerbatimBlockContext.Procedure("p"), Resolver);
        }
        catch (Exception exception)
        {
            Assert.Fail($"{exception.GetType().Name}: {exception.Message}\nfor C:\n{c}\n{exception.StackTrace}");
        }
    }
}
