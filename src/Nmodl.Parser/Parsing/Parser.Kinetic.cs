using System.Collections.Immutable;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

internal sealed partial class Parser
{
    /// <summary>'~' starts a reaction in KINETIC and an equation in LINEAR, NONLINEAR and DERIVATIVE, as in nocmodl.</summary>
    private Statement ParseTildeStatement(BodyContext context)
    {
        var first = Advance();
        switch (context)
        {
            case BodyContext.Kinetic:
                return ParseReaction(first);
            case BodyContext.Equations:
            case BodyContext.Derivative:
                var left = ParseExpression();
                Expect(TokenKind.Equals, "'=' in the equation");
                var right = ParseExpression();
                return new EquationStatement(SpanFrom(first), left, right);
            default:
                throw Report(DiagnosticCode.StatementNotAllowedHere, SpanOf(first),
                    "'~' reactions and equations are only allowed in KINETIC, LINEAR and NONLINEAR blocks");
        }
    }

    private ReactionStatement ParseReaction(Token first)
    {
        var left = ParseReactants();
        var op = Current;
        switch (op.Kind)
        {
            case TokenKind.ReactionArrow:
                Advance();
                var right = ParseReactants();
                Expect(TokenKind.LeftParen, "'(' before the rates");
                var forward = ParseExpression();
                Expect(TokenKind.Comma, "',' between the forward and backward rates");
                var backward = ParseExpression();
                Expect(TokenKind.RightParen, "')' after the rates");
                return new ReactionStatement(SpanFrom(first), left, ReactionOperator.Reversible, right, forward, backward);
            case TokenKind.LessLess:
            case TokenKind.Arrow:
                Advance();
                var products = op.Kind == TokenKind.Arrow && !Is(TokenKind.LeftParen) ? ParseReactants() : [];
                Expect(TokenKind.LeftParen, "'(' before the rate");
                var rate = ParseExpression();
                Expect(TokenKind.RightParen, "')' after the rate");
                var kind = op.Kind == TokenKind.LessLess ? ReactionOperator.Flux : ReactionOperator.OneWay;
                return new ReactionStatement(SpanFrom(first), left, kind, products, rate, null);
            default:
                throw Unexpected("'<->', '<<' or '->' in the reaction");
        }
    }

    /// <summary><c>A + 2B + C[i]</c>: species with optional integer stoichiometry.</summary>
    private ImmutableArray<Reactant> ParseReactants()
    {
        var reactants = ImmutableArray.CreateBuilder<Reactant>();
        do
        {
            var start = Current;
            int? coefficient = null;
            if (Is(TokenKind.Number))
            {
                var number = Advance();
                if (!TryParseInteger(number.Text, out var value))
                    throw Report(DiagnosticCode.InvalidNumber, SpanOf(number), $"stoichiometry must be an integer, not '{number.Text}'");
                coefficient = value;
            }
            if (!Is(TokenKind.Identifier)) throw Unexpected("a species name");
            var species = ParseAssignmentTarget();
            reactants.Add(new Reactant(SpanFrom(start), coefficient, species));
        }
        while (Accept(TokenKind.Plus));
        return reactants.ToImmutable();
    }

    private ConserveStatement ParseConserve(BodyContext context)
    {
        var first = Advance();
        if (context != BodyContext.Kinetic)
            _diagnostics.Add(DiagnosticCode.StatementNotAllowedHere, SpanOf(first), "CONSERVE is only allowed in a KINETIC block");
        var left = ParseReactants();
        Expect(TokenKind.Equals, "'=' in CONSERVE");
        var right = ParseExpression();
        return new ConserveStatement(SpanFrom(first), left, right);
    }

    /// <summary><c>COMPARTMENT [i,] volume { species }</c> and the same for LONGITUDINAL_DIFFUSION.</summary>
    private VolumeStatement ParseVolume(BodyContext context, VolumeKind kind)
    {
        var first = Advance();
        if (context != BodyContext.Kinetic)
            _diagnostics.Add(DiagnosticCode.StatementNotAllowedHere, SpanOf(first), $"{first.Text} is only allowed in a KINETIC block");
        Identifier? index = null;
        if (Is(TokenKind.Identifier) && PeekToken(1).Kind == TokenKind.Comma)
        {
            index = ExpectIdentifier("an index name");
            Advance();
        }
        var volume = ParseExpression();
        Expect(TokenKind.LeftBrace, "'{' before the species");
        var species = ImmutableArray.CreateBuilder<Identifier>();
        while (!Accept(TokenKind.RightBrace)) species.Add(ExpectIdentifier("a species name or '}'"));
        return new VolumeStatement(SpanFrom(first), kind, index, volume, species.ToImmutable());
    }
}
