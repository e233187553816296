using System.Collections.Immutable;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

internal sealed partial class Parser
{
    /// <summary>Words that can only start a top-level block, never a statement.</summary>
    private static readonly HashSet<string> BlockKeywords =
    [
        "TITLE", "DEFINE", "INCLUDE", "NEURON", "UNITS", "PARAMETER", "ASSIGNED", "STATE", "CONSTANT",
        "INDEPENDENT", "BREAKPOINT", "DERIVATIVE", "KINETIC", "LINEAR", "NONLINEAR", "PROCEDURE",
        "FUNCTION", "FUNCTION_TABLE", "NET_RECEIVE", "BEFORE", "AFTER", "CONSTRUCTOR", "DESTRUCTOR",
    ];

    /// <summary>NMODL blocks that NEURON knows and we do not implement.</summary>
    private static readonly HashSet<string> UnsupportedBlocks =
        ["DISCRETE", "PARTIAL", "MATCH", "TERMINAL", "SENS", "PLOT", "MODEL", "DEPENDENT", "STEPPED"];

    private bool AtBlockKeyword(bool insideNetReceive) =>
        Current.Kind == TokenKind.Identifier
        && (BlockKeywords.Contains(Current.Text) || (Current.Text == "INITIAL" && !insideNetReceive));

    private ModFile ParseModFile()
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        while (!AtEnd)
        {
            var start = _index;
            try
            {
                var block = ParseTopLevel();
                if (block is not null) blocks.Add(block);
            }
            catch (SyntaxError)
            {
                _nesting = 0;
                SkipToNextBlock(start);
            }
        }
        var end = _source.Text.Length;
        return new ModFile(_source.Span(0, end), _source.Path, blocks.ToImmutable());
    }

    /// <summary>
    /// After an error at top level: skip past the end of the broken block (the '}' that balances
    /// the braces opened since <paramref name="start"/>), or to the next block keyword when a
    /// brace is missing.
    /// </summary>
    private void SkipToNextBlock(int start)
    {
        if (_index == start) Advance();
        var depth = 0;
        for (var i = start; i < _index; i++)
        {
            if (_tokens[i].Kind == TokenKind.LeftBrace) depth++;
            else if (_tokens[i].Kind == TokenKind.RightBrace && depth > 0) depth--;
        }
        while (!AtEnd)
        {
            if (Current.Kind == TokenKind.Identifier && BlockKeywords.Contains(Current.Text)) return;
            if (depth == 0 && (IsWord("INITIAL") || Is(TokenKind.Verbatim))) return;
            if (Is(TokenKind.LeftBrace))
            {
                depth++;
            }
            else if (Is(TokenKind.RightBrace))
            {
                if (depth == 0) return;
                if (--depth == 0)
                {
                    Advance();
                    return;
                }
            }
            Advance();
        }
    }

    private Block? ParseTopLevel()
    {
        var first = Current;
        switch (first.Kind)
        {
            case TokenKind.Verbatim:
                Advance();
                return new VerbatimBlock(SpanOf(first), first.Text);
            case TokenKind.RightBrace:
                Advance();
                _diagnostics.Add(DiagnosticCode.StrayClosingBrace, SpanOf(first), "'}' does not close any block");
                return null;
            case TokenKind.Identifier:
                break;
            default:
                throw Report(UnexpectedCode(), SpanOf(first), $"expected a block keyword (NEURON, PARAMETER, ...), found {Describe(first)}");
        }
        Advance();
        switch (first.Text)
        {
            case "TITLE":
                var title = Is(TokenKind.TitleText) ? Advance().Text : "";
                return new TitleBlock(SpanFrom(first), title);
            case "DEFINE": return ParseDefine(first);
            case "INCLUDE": return ParseInclude(first);
            case "UNITSON": return new UnitsSwitchBlock(SpanOf(first), true);
            case "UNITSOFF": return new UnitsSwitchBlock(SpanOf(first), false);
            case "LOCAL":
                var locals = ParseLocalVariables(first);
                return new LocalBlock(SpanFrom(first), locals);
            case "NEURON": return ParseNeuronBlock(first);
            case "UNITS": return ParseUnitsBlock(first);
            case "PARAMETER": return ParseParameterBlock(first);
            case "ASSIGNED":
                var assigned = ParseVariableDeclarations(first);
                return new AssignedBlock(SpanFrom(first), assigned);
            case "STATE":
                var states = ParseVariableDeclarations(first);
                return new StateBlock(SpanFrom(first), states);
            case "CONSTANT": return ParseConstantBlock(first);
            case "INDEPENDENT": return ParseIndependentBlock(first);
            case "INITIAL":
                var initial = ParseBody(BodyContext.General, first);
                return new InitialBlock(SpanFrom(first), initial);
            case "BREAKPOINT":
                var breakpoint = ParseBody(BodyContext.Breakpoint, first);
                return new BreakpointBlock(SpanFrom(first), breakpoint);
            case "CONSTRUCTOR":
                var constructor = ParseBody(BodyContext.General, first);
                return new ConstructorBlock(SpanFrom(first), constructor);
            case "DESTRUCTOR":
                var destructor = ParseBody(BodyContext.General, first);
                return new DestructorBlock(SpanFrom(first), destructor);
            case "DERIVATIVE":
                var derivativeName = ExpectIdentifier("a name for the DERIVATIVE block");
                var derivative = ParseBody(BodyContext.Derivative, first);
                return new DerivativeBlock(SpanFrom(first), derivativeName, derivative);
            case "KINETIC": return ParseScheme(first, SchemeKind.Kinetic, BodyContext.Kinetic);
            case "LINEAR": return ParseScheme(first, SchemeKind.Linear, BodyContext.Equations);
            case "NONLINEAR": return ParseScheme(first, SchemeKind.Nonlinear, BodyContext.Equations);
            case "PROCEDURE": return ParseProcedure(first);
            case "FUNCTION": return ParseFunction(first);
            case "FUNCTION_TABLE": return ParseFunctionTable(first);
            case "NET_RECEIVE": return ParseNetReceive(first);
            case "BEFORE": return ParseBeforeAfter(first, after: false);
            case "AFTER": return ParseBeforeAfter(first, after: true);
        }
        if (UnsupportedBlocks.Contains(first.Text))
            throw Report(DiagnosticCode.UnsupportedBlock, SpanOf(first), $"{first.Text} blocks are not supported");
        throw Report(DiagnosticCode.UnknownBlock, SpanOf(first), $"'{first.Text}' is not an NMODL block keyword");
    }

    private DefineBlock ParseDefine(Token first)
    {
        var name = ExpectIdentifier("a name after DEFINE");
        var valueToken = Expect(TokenKind.Number, "an integer after the DEFINE name");
        if (!TryParseInteger(valueToken.Text, out var value))
            throw Report(DiagnosticCode.InvalidNumber, SpanOf(valueToken), $"DEFINE needs an integer, not '{valueToken.Text}'");
        _defines[name.Text] = value;
        return new DefineBlock(SpanFrom(first), name, new NumberLiteral(SpanOf(valueToken), valueToken.Text, value));
    }

    private IncludeBlock ParseInclude(Token first)
    {
        var file = Expect(TokenKind.String, "a quoted file name after INCLUDE");
        var included = _include(file.Text, SpanOf(file));
        return new IncludeBlock(SpanFrom(first), file.Text, included);
    }
}
