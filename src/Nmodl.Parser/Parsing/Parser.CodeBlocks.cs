using System.Collections.Immutable;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// Which statements a body admits, as nocmodl checks them: '~' means a reaction in KINETIC and an
    /// equation in LINEAR/NONLINEAR/DERIVATIVE; TABLE belongs to FUNCTION and PROCEDURE; CONDUCTANCE
    /// to BREAKPOINT; INITIAL and FOR_NETCONS to NET_RECEIVE.
    /// </summary>
    private enum BodyContext
    {
        General,
        Breakpoint,
        Tabulated,
        Derivative,
        Kinetic,
        Equations,
        NetReceive,
    }

    private SchemeBlock ParseScheme(Token first, SchemeKind kind, BodyContext context)
    {
        var name = ExpectIdentifier($"a name for the {first.Text} block");
        var solveFor = AcceptWord("SOLVEFOR") ? ParseNameList("a name after SOLVEFOR") : [];
        var body = ParseBody(context, first);
        return new SchemeBlock(SpanFrom(first), kind, name, solveFor, body);
    }

    private ProcedureBlock ParseProcedure(Token first)
    {
        var name = ExpectIdentifier("a procedure name");
        var parameters = ParseParameters();
        var unit = ParseOptionalUnit();
        var body = ParseBody(BodyContext.Tabulated, first);
        return new ProcedureBlock(SpanFrom(first), name, parameters, unit, body);
    }

    private FunctionBlock ParseFunction(Token first)
    {
        var name = ExpectIdentifier("a function name");
        var parameters = ParseParameters();
        var unit = ParseOptionalUnit();
        var body = ParseBody(BodyContext.Tabulated, first);
        return new FunctionBlock(SpanFrom(first), name, parameters, unit, body);
    }

    private FunctionTableBlock ParseFunctionTable(Token first)
    {
        var name = ExpectIdentifier("a function name");
        var parameters = ParseParameters();
        var unit = ParseOptionalUnit();
        return new FunctionTableBlock(SpanFrom(first), name, parameters, unit);
    }

    private NetReceiveBlock ParseNetReceive(Token first)
    {
        var parameters = ParseParameters();
        if (parameters.IsEmpty)
            _diagnostics.Add(DiagnosticCode.MissingNetReceiveArgument, SpanOf(first), "NET_RECEIVE must have at least one argument (the weight)");
        var body = ParseBody(BodyContext.NetReceive, first);
        return new NetReceiveBlock(SpanFrom(first), parameters, body);
    }

    private BeforeAfterBlock ParseBeforeAfter(Token first, bool after)
    {
        var pointToken = Expect(TokenKind.Identifier, $"BREAKPOINT, SOLVE, INITIAL or STEP after {first.Text}");
        BeforeAfterPoint point = pointToken.Text switch
        {
            "BREAKPOINT" => BeforeAfterPoint.Breakpoint,
            "SOLVE" => BeforeAfterPoint.Solve,
            "INITIAL" => BeforeAfterPoint.Initial,
            "STEP" => BeforeAfterPoint.Step,
            _ => throw Report(DiagnosticCode.UnexpectedToken, SpanOf(pointToken),
                $"expected BREAKPOINT, SOLVE, INITIAL or STEP after {first.Text}, found '{pointToken.Text}'"),
        };
        var body = ParseBody(BodyContext.General, first);
        return new BeforeAfterBlock(SpanFrom(first), after, point, body);
    }

    /// <summary><c>(a (unit), b)</c>: the argument list of a function-like block.</summary>
    private ImmutableArray<FunctionParameter> ParseParameters()
    {
        Expect(TokenKind.LeftParen, "'(' before the argument list");
        var parameters = ImmutableArray.CreateBuilder<FunctionParameter>();
        if (!Is(TokenKind.RightParen))
        {
            do
            {
                var start = Current;
                var name = ExpectIdentifier("an argument name");
                var unit = ParseOptionalUnit();
                parameters.Add(new FunctionParameter(SpanFrom(start), name, unit));
            }
            while (Accept(TokenKind.Comma));
        }
        Expect(TokenKind.RightParen, "')' after the arguments");
        return parameters.ToImmutable();
    }
}
