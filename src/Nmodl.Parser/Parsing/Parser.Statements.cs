using System.Collections.Immutable;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Lexing;
using Nmodl.Parser.Syntax;

namespace Nmodl.Parser.Parsing;

internal sealed partial class Parser
{
    /// <summary>Methods NEURON accepts after SOLVE ... METHOD (nocmodl's method table).</summary>
    private static readonly HashSet<string> SolveMethods =
    [
        "cnexp", "derivimplicit", "euler", "runge", "sparse", "after_cvode", "cvode_t", "cvode_t_v",
        "adams", "gear", "heun", "adrunge", "adeuler", "newton", "simeq", "seidel", "simplex", "clsoda", "_advance",
    ];

    private BlockStatement ParseBody(BodyContext context, Token owner) => ParseBlockStatement(context, owner.Text);

    /// <summary><c>{ statements }</c>. A missing '}' is reported at the '{' when the next block keyword or the end comes first.</summary>
    private BlockStatement ParseBlockStatement(BodyContext context, string owner)
    {
        var open = Expect(TokenKind.LeftBrace, $"'{{' to open the {owner} block");
        EnterNesting();
        var statements = ImmutableArray.CreateBuilder<Statement>();
        var atStart = true;
        while (true)
        {
            if (Accept(TokenKind.RightBrace)) break;
            if (AtEnd || AtBlockKeyword(context == BodyContext.NetReceive))
            {
                _diagnostics.Add(DiagnosticCode.MissingClosingBrace, SpanOf(open), $"'{{' of the {owner} block is never closed by '}}'");
                break;
            }
            var start = _index;
            var nesting = _nesting;
            try
            {
                statements.Add(ParseStatement(context, localAllowed: atStart));
            }
            catch (SyntaxError)
            {
                _nesting = nesting;
                SkipStatement(start);
            }
            atStart = false;
        }
        LeaveNesting();
        return new BlockStatement(SpanFrom(open), statements.ToImmutable());
    }

    /// <summary>After an error in a statement: skip to the next line, jumping over nested braces, stopping at the closing '}'.</summary>
    private void SkipStatement(int start)
    {
        if (_index == start) Advance();
        var line = _source.Span(Previous.Offset, 0).Line;
        var depth = 0;
        while (!AtEnd && !AtBlockKeyword(true))
        {
            if (depth == 0 && _source.Span(Current.Offset, 0).Line != line) return;
            if (Is(TokenKind.LeftBrace)) depth++;
            else if (Is(TokenKind.RightBrace))
            {
                if (depth == 0) return;
                depth--;
            }
            Advance();
        }
    }

    /// <summary>One statement; LOCAL only as the first statement of a block, as nocmodl requires.</summary>
    private Statement ParseStatement(BodyContext context, bool localAllowed)
    {
        var first = Current;
        switch (first.Kind)
        {
            case TokenKind.LeftBrace:
                return ParseBlockStatement(context, "nested");
            case TokenKind.Verbatim:
                Advance();
                return new VerbatimStatement(SpanOf(first), first.Text);
            case TokenKind.Tilde:
                return ParseTildeStatement(context);
            case TokenKind.Prime:
                return ParseAssignment(first);
            case TokenKind.Identifier:
                break;
            default:
                throw Report(first.Kind == TokenKind.Bad ? DiagnosticCode.UnexpectedCharacter : DiagnosticCode.ExpectedStatement,
                    SpanOf(first), $"expected a statement, found {Describe(first)}");
        }
        if (IsLowerOrUpperWord("if")) return ParseIf(context);
        if (IsLowerOrUpperWord("while")) return ParseWhile(context);
        if (IsLowerOrUpperWord("else"))
            throw Report(DiagnosticCode.ExpectedStatement, SpanOf(first), "'else' without a preceding 'if' block");
        switch (first.Text)
        {
            case "LOCAL":
                if (!localAllowed)
                    throw Report(DiagnosticCode.StatementNotAllowedHere, SpanOf(first), "LOCAL must be the first statement of its block");
                Advance();
                var locals = ParseLocalVariables(first);
                return new LocalStatement(SpanFrom(first), locals);
            case "FROM": return ParseFrom(context);
            case "SOLVE": return ParseSolve();
            case "TABLE":
                if (context != BodyContext.Tabulated)
                    throw Report(DiagnosticCode.StatementNotAllowedHere, SpanOf(first), "TABLE is only allowed in a FUNCTION or PROCEDURE");
                return ParseTable();
            case "UNITSON":
            case "UNITSOFF":
                Advance();
                return new UnitsSwitchStatement(SpanOf(first), first.Text == "UNITSON");
            case "CONSERVE": return ParseConserve(context);
            case "COMPARTMENT": return ParseVolume(context, VolumeKind.Compartment);
            case "LONGITUDINAL_DIFFUSION": return ParseVolume(context, VolumeKind.LongitudinalDiffusion);
            case "WATCH": return ParseWatch();
            case "FOR_NETCONS": return ParseForNetcons(context);
            case "INITIAL":
                Advance();
                var initialBody = ParseBlockStatement(BodyContext.General, "INITIAL");
                return new InitialStatement(SpanFrom(first), initialBody);
            case "PROTECT":
                Advance();
                var target = Current;
                if (target.Kind is not (TokenKind.Identifier or TokenKind.Prime)) throw Unexpected("an assignment after PROTECT");
                var assignment = ParseAssignment(target);
                return new ProtectStatement(SpanFrom(first), assignment);
            case "MUTEXLOCK":
            case "MUTEXUNLOCK":
                Advance();
                return new MutexStatement(SpanOf(first), first.Text == "MUTEXLOCK");
            case "CONDUCTANCE":
                if (context != BodyContext.Breakpoint)
                    throw Report(DiagnosticCode.StatementNotAllowedHere, SpanOf(first), "CONDUCTANCE is only allowed in the BREAKPOINT block");
                Advance();
                var conductance = ExpectIdentifier("a conductance name after CONDUCTANCE");
                var ion = AcceptWord("USEION") ? ExpectIdentifier("an ion name after USEION") : null;
                return new ConductanceStatement(SpanFrom(first), conductance, ion);
        }
        if (PeekToken(1).Kind != TokenKind.LeftParen) return ParseAssignment(first);
        var call = ParseCall();
        return new ExpressionStatement(SpanFrom(first), call);
    }

    private AssignmentStatement ParseAssignment(Token first)
    {
        var target = ParseAssignmentTarget();
        Expect(TokenKind.Equals, $"'=' after '{_source.Text.Substring(first.Offset, Previous.End - first.Offset)}'");
        var value = ParseExpression();
        return new AssignmentStatement(SpanFrom(first), target, value);
    }

    /// <summary>A name, array element or derivative; keywords are not names, as in nocmodl.</summary>
    private Expression ParseAssignmentTarget()
    {
        RejectKeyword("a variable name");
        var token = Advance();
        Expression? index = null;
        if (Accept(TokenKind.LeftBracket))
        {
            index = ParseIntegerExpression();
            Expect(TokenKind.RightBracket, "']'");
        }
        var span = SpanFrom(token);
        if (token.Kind == TokenKind.Prime) return new PrimeExpression(span, token.Text, token.Primes, index);
        return index is null ? new NameExpression(span, token.Text) : new IndexedNameExpression(span, token.Text, index);
    }

    private void RejectKeyword(string expected)
    {
        if (Is(TokenKind.Identifier) && Keywords.IsReserved(Current.Text))
            throw Report(DiagnosticCode.UnexpectedToken, SpanOf(Current), $"expected {expected}, found keyword '{Current.Text}'");
    }

    private IfStatement ParseIf(BodyContext context)
    {
        var first = Advance();
        EnterNesting();
        Expect(TokenKind.LeftParen, "'(' after if");
        var condition = ParseExpression();
        Expect(TokenKind.RightParen, "')' after the if condition");
        var then = ParseBlockStatement(context, "if");
        Statement? otherwise = null;
        if (IsLowerOrUpperWord("else"))
        {
            Advance();
            otherwise = IsLowerOrUpperWord("if") ? ParseIf(context) : ParseBlockStatement(context, "else");
        }
        LeaveNesting();
        return new IfStatement(SpanFrom(first), condition, then, otherwise);
    }

    private WhileStatement ParseWhile(BodyContext context)
    {
        var first = Advance();
        Expect(TokenKind.LeftParen, "'(' after while");
        var condition = ParseExpression();
        Expect(TokenKind.RightParen, "')' after the while condition");
        var body = ParseBlockStatement(context, "while");
        return new WhileStatement(SpanFrom(first), condition, body);
    }

    private FromStatement ParseFrom(BodyContext context)
    {
        var first = Advance();
        var variable = ExpectIdentifier("a loop variable after FROM");
        Expect(TokenKind.Equals, "'=' after the loop variable");
        var from = ParseIntegerExpression();
        ExpectWord("TO");
        var to = ParseIntegerExpression();
        var by = AcceptWord("BY") ? ParseIntegerExpression() : null;
        var body = ParseBlockStatement(context, "FROM");
        return new FromStatement(SpanFrom(first), variable, from, to, by, body);
    }

    private SolveStatement ParseSolve()
    {
        var first = Advance();
        var block = ExpectIdentifier("the name of a block after SOLVE");
        Identifier? method = null;
        var steadyState = false;
        if (IsWord("METHOD") || IsWord("STEADYSTATE"))
        {
            steadyState = Advance().Text == "STEADYSTATE";
            method = ExpectIdentifier("an integration method");
            if (!SolveMethods.Contains(method.Text))
                throw Report(DiagnosticCode.UnknownSolveMethod, method.Span,
                    $"'{method.Text}' is not an integration method (cnexp, derivimplicit, euler, sparse, runge, after_cvode, ...)");
        }
        return new SolveStatement(SpanFrom(first), block, method, steadyState);
    }

    private TableStatement ParseTable()
    {
        var first = Advance();
        var names = IsWord("DEPEND") || IsWord("FROM") ? [] : ParseNameList("a table name");
        var depend = AcceptWord("DEPEND") ? ParseNameList("a name after DEPEND") : [];
        ExpectWord("FROM");
        var from = ParseExpression();
        ExpectWord("TO");
        var to = ParseExpression();
        ExpectWord("WITH");
        var with = ParseIntegerLiteral("an integer after WITH");
        return new TableStatement(SpanFrom(first), names, depend, from, to, with);
    }

    private WatchStatement ParseWatch()
    {
        var first = Advance();
        var conditions = ImmutableArray.CreateBuilder<WatchCondition>();
        do
        {
            var open = Expect(TokenKind.LeftParen, "'(' before the WATCH condition");
            var start = Current;
            var left = ParseBinary(ArithmeticPrecedence);
            var comparison = Current.Kind switch
            {
                TokenKind.Greater => BinaryOperator.Greater,
                TokenKind.Less => BinaryOperator.Less,
                _ => throw Unexpected("'>' or '<' in the WATCH condition"),
            };
            Advance();
            var right = ParseBinary(ArithmeticPrecedence);
            var condition = new BinaryExpression(SpanFrom(start), left, comparison, right);
            Expect(TokenKind.RightParen, "')' after the WATCH condition");
            var flag = ParseUnsignedNumber("a number (the flag) after the WATCH condition");
            conditions.Add(new WatchCondition(SpanFrom(open), condition, flag));
        }
        while (Accept(TokenKind.Comma));
        return new WatchStatement(SpanFrom(first), conditions.ToImmutable());
    }

    private ForNetconsStatement ParseForNetcons(BodyContext context)
    {
        var first = Advance();
        if (context != BodyContext.NetReceive)
            _diagnostics.Add(DiagnosticCode.StatementNotAllowedHere, SpanOf(first), "FOR_NETCONS is only allowed in a NET_RECEIVE block");
        var parameters = ParseParameters();
        var body = ParseBlockStatement(BodyContext.General, "FOR_NETCONS");
        return new ForNetconsStatement(SpanFrom(first), parameters, body);
    }
}
