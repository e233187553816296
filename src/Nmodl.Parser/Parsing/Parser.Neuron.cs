using System.Collections.Immutable;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

internal sealed partial class Parser
{
    private static readonly Dictionary<string, NameListKind> NameLists = new()
    {
        ["RANGE"] = NameListKind.Range,
        ["GLOBAL"] = NameListKind.Global,
        ["NONSPECIFIC_CURRENT"] = NameListKind.NonspecificCurrent,
        ["ELECTRODE_CURRENT"] = NameListKind.ElectrodeCurrent,
        ["POINTER"] = NameListKind.Pointer,
        ["BBCOREPOINTER"] = NameListKind.BbcorePointer,
        ["EXTERNAL"] = NameListKind.External,
        ["RANDOM"] = NameListKind.Random,
    };

    private NeuronBlock ParseNeuronBlock(Token first)
    {
        var open = Expect(TokenKind.LeftBrace, "'{' after NEURON");
        var statements = ImmutableArray.CreateBuilder<NeuronStatement>();
        while (MoreEntries(open, first))
        {
            var start = _index;
            try
            {
                statements.Add(ParseNeuronStatement());
            }
            catch (SyntaxError)
            {
                SkipRestOfLine(start);
            }
        }
        return new NeuronBlock(SpanFrom(first), statements.ToImmutable());
    }

    private NeuronStatement ParseNeuronStatement()
    {
        var keyword = Current;
        if (keyword.Kind != TokenKind.Identifier)
            throw Report(UnexpectedCode(), SpanOf(keyword), $"expected a NEURON block statement (SUFFIX, RANGE, USEION, ...), found {Describe(keyword)}");
        Advance();
        switch (keyword.Text)
        {
            case "SUFFIX": return ParseSuffix(keyword, MechanismKind.Density);
            case "POINT_PROCESS": return ParseSuffix(keyword, MechanismKind.PointProcess);
            case "ARTIFICIAL_CELL": return ParseSuffix(keyword, MechanismKind.ArtificialCell);
            case "USEION": return ParseUseIon(keyword);
            case "THREADSAFE": return new ThreadsafeStatement(SpanOf(keyword));
            case "REPRESENTS":
                var ontology = Expect(TokenKind.Ontology, "an ontology id such as NCIT:C17145 after REPRESENTS");
                return new RepresentsStatement(SpanFrom(keyword), ontology.Text);
        }
        if (NameLists.TryGetValue(keyword.Text, out var kind))
        {
            var names = ParseNameList($"a name after {keyword.Text}");
            return new NameListStatement(SpanFrom(keyword), kind, names);
        }
        throw Report(DiagnosticCode.UnknownNeuronStatement, SpanOf(keyword), $"'{keyword.Text}' is not a NEURON block statement");
    }

    private SuffixStatement ParseSuffix(Token keyword, MechanismKind kind)
    {
        var name = ExpectIdentifier($"a mechanism name after {keyword.Text}");
        return new SuffixStatement(SpanFrom(keyword), kind, name);
    }

    private UseIonStatement ParseUseIon(Token keyword)
    {
        var ion = ExpectIdentifier("an ion name after USEION");
        var read = AcceptWord("READ") ? ParseNameList("a name after READ") : [];
        var write = AcceptWord("WRITE") ? ParseNameList("a name after WRITE") : [];
        var valence = AcceptWord("VALENCE") ? ParseSignedNumber("a number after VALENCE") : null;
        string? represents = null;
        if (AcceptWord("REPRESENTS"))
            represents = Expect(TokenKind.Ontology, "an ontology id such as CHEBI:29101 after REPRESENTS").Text;
        return new UseIonStatement(SpanFrom(keyword), ion, read, write, valence, represents);
    }

    /// <summary>After an error in a line-oriented statement: go on at the next line or at a '}'.</summary>
    private void SkipRestOfLine(int start)
    {
        if (_index == start) Advance();
        var line = _source.Span(_tokens[start].Offset, 0).Line;
        while (!AtEnd && !Is(TokenKind.RightBrace) && _source.Span(Current.Offset, 0).Line == line && !AtBlockKeyword(false)) Advance();
    }
}
