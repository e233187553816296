using System.Collections.Immutable;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// Parses <c>{ entry entry ... }</c> of a declaration block. Returns false at the closing
    /// brace (consumed). A missing brace is reported when the next block keyword or the end of
    /// the file is reached instead.
    /// </summary>
    private bool MoreEntries(Token open, Token keyword)
    {
        if (Accept(TokenKind.RightBrace)) return false;
        if (AtEnd || AtBlockKeyword(false))
        {
            _diagnostics.Add(DiagnosticCode.MissingClosingBrace, SpanOf(open), $"'{{' of the {keyword.Text} block is never closed by '}}'");
            return false;
        }
        return true;
    }

    private UnitsBlock ParseUnitsBlock(Token first)
    {
        var open = Expect(TokenKind.LeftBrace, "'{' after UNITS");
        var entries = ImmutableArray.CreateBuilder<UnitsEntry>();
        while (MoreEntries(open, first))
        {
            var start = Current;
            if (Is(TokenKind.LeftParen))
            {
                var name = ParseUnit();
                Expect(TokenKind.Equals, "'=' in a unit definition (units) = (units)");
                var definition = ParseUnit();
                entries.Add(new UnitDefinition(SpanFrom(start), name, definition));
                continue;
            }
            var constant = ExpectIdentifier("a unit definition '(name) = (units)' or a factor 'NAME = ...'");
            Expect(TokenKind.Equals, $"'=' after '{constant.Text}'");
            if (Is(TokenKind.LeftParen))
            {
                var source = ParseUnit();
                var arrow = Accept(TokenKind.Arrow);
                var target = ParseUnit();
                entries.Add(new UnitFactorDefinition(SpanFrom(start), constant, null, source, target, arrow));
            }
            else
            {
                var value = ParseSignedNumber("a number or a unit after '='");
                var target = ParseUnit();
                entries.Add(new UnitFactorDefinition(SpanFrom(start), constant, value, null, target, false));
            }
        }
        return new UnitsBlock(SpanFrom(first), entries.ToImmutable());
    }

    private ParameterBlock ParseParameterBlock(Token first)
    {
        var open = Expect(TokenKind.LeftBrace, "'{' after PARAMETER");
        var entries = ImmutableArray.CreateBuilder<ParameterDeclaration>();
        while (MoreEntries(open, first))
        {
            var start = Current;
            var name = ExpectIdentifier("a parameter name");
            NumberLiteral? value = null;
            int? size = null;
            if (Accept(TokenKind.Equals)) value = ParseSignedNumber($"a number after '{name.Text} ='");
            else if (Is(TokenKind.LeftBracket)) size = ParseArraySize();
            var unit = ParseOptionalUnit();
            Limits? limits = null;
            if (Is(TokenKind.Less))
            {
                var lt = Advance();
                var low = ParseUnsignedNumber("the lower limit (a number without sign)");
                Expect(TokenKind.Comma, "',' between the limits");
                var high = ParseUnsignedNumber("the upper limit (a number without sign)");
                Expect(TokenKind.Greater, "'>' closing the limits");
                limits = new Limits(SpanFrom(lt), low, high);
            }
            if (value is not null && name.Text is "celsius" or "dt" or "v")
                _diagnostics.Add(DiagnosticCode.DefaultIgnored, name.Span,
                    $"default {value.Text} of PARAMETER {name.Text} will be ignored and set by NEURON");
            entries.Add(new ParameterDeclaration(SpanFrom(start), name, value, size, unit, limits));
        }
        return new ParameterBlock(SpanFrom(first), entries.ToImmutable());
    }

    /// <summary>The entries of ASSIGNED or STATE: name [size] [FROM a TO b] [START s] [(unit)] [&lt;tol&gt;].</summary>
    private ImmutableArray<VariableDeclaration> ParseVariableDeclarations(Token first)
    {
        var open = Expect(TokenKind.LeftBrace, $"'{{' after {first.Text}");
        var entries = ImmutableArray.CreateBuilder<VariableDeclaration>();
        while (MoreEntries(open, first))
        {
            var start = Current;
            var name = ExpectIdentifier("a variable name");
            int? size = Is(TokenKind.LeftBracket) ? ParseArraySize() : null;
            NumberLiteral? from = null, to = null, startValue = null, tolerance = null;
            if (AcceptWord("FROM"))
            {
                from = ParseSignedNumber("a number after FROM");
                ExpectWord("TO");
                to = ParseSignedNumber("a number after TO");
            }
            if (AcceptWord("START")) startValue = ParseSignedNumber("a number after START");
            var unit = ParseOptionalUnit();
            if (Accept(TokenKind.Less))
            {
                tolerance = ParseUnsignedNumber("an absolute tolerance (a number without sign)");
                Expect(TokenKind.Greater, "'>' closing the tolerance");
            }
            entries.Add(new VariableDeclaration(SpanFrom(start), name, size, from, to, startValue, unit, tolerance));
        }
        return entries.ToImmutable();
    }

    private ConstantBlock ParseConstantBlock(Token first)
    {
        var open = Expect(TokenKind.LeftBrace, "'{' after CONSTANT");
        var entries = ImmutableArray.CreateBuilder<ConstantDeclaration>();
        while (MoreEntries(open, first))
        {
            var start = Current;
            var name = ExpectIdentifier("a constant name");
            Expect(TokenKind.Equals, $"'=' after '{name.Text}'");
            var value = ParseSignedNumber($"a number after '{name.Text} ='");
            var unit = ParseOptionalUnit();
            entries.Add(new ConstantDeclaration(SpanFrom(start), name, value, unit));
        }
        return new ConstantBlock(SpanFrom(first), entries.ToImmutable());
    }

    private IndependentBlock ParseIndependentBlock(Token first)
    {
        var open = Expect(TokenKind.LeftBrace, "'{' after INDEPENDENT");
        var entries = ImmutableArray.CreateBuilder<IndependentDeclaration>();
        while (MoreEntries(open, first))
        {
            var start = Current;
            var sweep = AcceptWord("SWEEP");
            var name = ExpectIdentifier("the independent variable");
            ExpectWord("FROM");
            var from = ParseSignedNumber("a number after FROM");
            ExpectWord("TO");
            var to = ParseSignedNumber("a number after TO");
            ExpectWord("WITH");
            var with = ParseIntegerLiteral("an integer after WITH");
            var startValue = AcceptWord("START") ? ParseSignedNumber("a number after START") : null;
            var unit = ParseOptionalUnit();
            entries.Add(new IndependentDeclaration(SpanFrom(start), sweep, name, from, to, with, startValue, unit));
        }
        return new IndependentBlock(SpanFrom(first), entries.ToImmutable());
    }

    private ImmutableArray<LocalVariable> ParseLocalVariables(Token first)
    {
        var variables = ImmutableArray.CreateBuilder<LocalVariable>();
        do
        {
            var start = Current;
            var name = ExpectIdentifier($"a variable name after {first.Text}");
            int? size = Is(TokenKind.LeftBracket) ? ParseArraySize() : null;
            variables.Add(new LocalVariable(SpanFrom(start), name, size));
        }
        while (Accept(TokenKind.Comma));
        return variables.ToImmutable();
    }
}
