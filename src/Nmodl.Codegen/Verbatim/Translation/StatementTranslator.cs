using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>What a `return` means where the statements run: the C return type, whether the C# method returns
/// a value at all (NEURON's PROCEDUREs return 0 in C but may be void methods in C#), and the prefix given
/// to the fields that hold static locals.</summary>
internal sealed record Frame(CType ReturnType, bool ReturnsValue, string HoistPrefix);

/// <summary>Turns C statements into C# statements, keeping their structure and mapping each to its mod-file line.</summary>
internal sealed class StatementTranslator(TranslationContext context, CodeWriter writer, Frame frame, HashSet<string>? localNames = null)
{
    private readonly ExpressionTranslator _expressions = new(context, localNames ?? new HashSet<string>(StringComparer.Ordinal));
    private int _loopDepth;

    public Scope Scope
    {
        get => _expressions.Scope;
        set => _expressions.Scope = value;
    }

    public ExpressionTranslator Expressions => _expressions;

    public void Statements(IEnumerable<CStatement> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
    }

    public void Statement(CStatement statement)
    {
        writer.MapTo(context.Locate(statement.Token).Line);
        switch (statement)
        {
            case CBlock block:
                writer.OpenBrace();
                InScope(() => Statements(block.Statements));
                writer.CloseBrace();
                break;
            case CEmptyStatement:
                writer.Line(";");
                break;
            case CDeclarationStatement declaration:
                new DeclarationTranslator(context, _expressions).Local(declaration.Declaration, writer, frame.HoistPrefix, _loopDepth > 0);
                break;
            case CExpressionStatement when NmodlPlaceholder.Index(statement) is { } run:
                writer.Line(NmodlPlaceholder.Marker(run));
                break;
            case CExpressionStatement expression:
                ExpressionStatement(expression.Expression);
                break;
            case CIf branch:
                If(branch, "if");
                break;
            case CWhile loop:
                writer.Line($"while ({Condition(loop.Condition)})");
                LoopBody(loop.Body);
                break;
            case CDoWhile loop:
                writer.Line("do");
                LoopBody(loop.Body);
                writer.MapTo(context.Locate(loop.Condition.Token).Line);
                writer.Line($"while ({Condition(loop.Condition)});");
                break;
            case CFor loop:
                For(loop);
                break;
            case CSwitch choice:
                Switch(choice);
                break;
            case CBreak:
                writer.Line("break;");
                break;
            case CContinue:
                writer.Line("continue;");
                break;
            case CReturn ret:
                Return(ret);
                break;
            case CStructDefinition definition:
                context.Report(VerbatimCodes.UserTypes, definition.Token, $"structure '{definition.Name}' defined inside a block (define it at file scope)");
                break;
            case CFunctionDefinition definition:
                context.Report(VerbatimCodes.UnsupportedConstruct, definition.Token, $"function '{definition.Function.Name.Text}' defined inside a block");
                break;
            case CUnsupportedStatement unsupported:
                ReportUnsupported(context, unsupported);
                break;
        }
    }

    public static void ReportUnsupported(TranslationContext context, CUnsupportedStatement unsupported)
    {
        if (unsupported.Code != VerbatimCodes.Syntax)
        {
            context.Report(unsupported.Code, unsupported.Token, $"{unsupported.Description} is not supported in VERBATIM code");
        }
    }

    private void InScope(Action action)
    {
        var outer = Scope;
        Scope = new Scope(outer);
        action();
        Scope = outer;
    }

    private string Condition(CExpression condition) => _expressions.Condition(condition).Code;

    private void Body(CStatement body)
    {
        if (body is CBlock)
        {
            Statement(body);
            return;
        }
        // NMODL statements may become several C# statements: braced, they stay the whole body.
        if (NmodlPlaceholder.Index(body) is not null)
        {
            writer.OpenBrace();
            Statement(body);
            writer.CloseBrace();
            return;
        }
        writer.Indent();
        InScope(() => Statement(body));
        writer.Outdent();
    }

    private void LoopBody(CStatement body)
    {
        _loopDepth++;
        Body(body);
        _loopDepth--;
    }

    private void If(CIf branch, string keyword)
    {
        writer.Line($"{keyword} ({Condition(branch.Condition)})");
        Body(branch.Then);
        if (branch.Else is null)
        {
            return;
        }
        writer.MapTo(context.Locate(branch.Else.Token).Line);
        if (branch.Else is CIf chained)
        {
            If(chained, "else if");
            return;
        }
        writer.Line("else");
        Body(branch.Else);
    }

    private void For(CFor loop)
    {
        InScope(() =>
        {
            var initializer = loop.Initializer switch
            {
                CDeclarationStatement declaration => new DeclarationTranslator(context, _expressions).ForInitializer(declaration.Declaration),
                CExpressionStatement expression => string.Join(", ", StatementExpressions(expression.Expression)),
                _ => "",
            };
            var condition = loop.Condition is null ? "" : " " + Condition(loop.Condition);
            var step = loop.Step is null ? "" : " " + string.Join(", ", StatementExpressions(loop.Step));
            writer.Line($"for ({initializer};{condition};{step})");
            LoopBody(loop.Body);
        });
    }

    private void Switch(CSwitch choice)
    {
        var value = ExpressionTranslator.ToNumber(_expressions.Translate(choice.Value));
        if (!value.Failed && !value.Type.IsInteger)
        {
            context.Report(VerbatimCodes.Type, choice.Value.Token, $"switch on a {value.Type}");
        }
        else if (!value.Failed && value.Type.Rank < 3)
        {
            value = ExpressionTranslator.Cast(value, CType.Int);
        }
        writer.Line($"switch ({value.Code})");
        writer.OpenBrace();
        InScope(() =>
        {
            for (var i = 0; i < choice.Sections.Count; i++)
            {
                var section = choice.Sections[i];
                writer.MapTo(context.Locate(section.Token).Line);
                foreach (var label in section.Labels)
                {
                    writer.Line(label is null ? "default:" : $"case {_expressions.Translate(label).Code}:");
                }
                writer.Indent();
                Statements(section.Statements);
                if (CanFallThrough(section.Statements))
                {
                    writer.Line(i + 1 < choice.Sections.Count ? GotoNext(choice.Sections[i + 1]) : "break;");
                }
                writer.Outdent();
            }
        });
        writer.CloseBrace();
    }

    /// <summary>C falls into the next case; C# must say so.</summary>
    private string GotoNext(CSwitchSection next) =>
        next.Labels[0] is { } label ? $"goto case {_expressions.Translate(label).Code};" : "goto default;";

    /// <summary>Whether control can reach the end of the statements (a conservative C# view).</summary>
    public static bool CanFallThrough(IReadOnlyList<CStatement> statements) =>
        statements.Count == 0 || CanFallThrough(statements[^1]);

    private static bool CanFallThrough(CStatement statement) => statement switch
    {
        CBreak or CContinue or CReturn => false,
        CExpressionStatement { Expression: CCall { Callee: CIdentifier { Name: "hoc_execerror" } } } => false,
        CBlock block => CanFallThrough(block.Statements),
        CIf { Else: { } otherwise } branch => CanFallThrough(branch.Then) || CanFallThrough(otherwise),
        CWhile loop when IsAlwaysTrue(loop.Condition) => Breaks(loop.Body),
        CDoWhile loop when IsAlwaysTrue(loop.Condition) => Breaks(loop.Body),
        CFor { Condition: null } loop => Breaks(loop.Body),
        CFor loop when IsAlwaysTrue(loop.Condition!) => Breaks(loop.Body),
        _ => true,
    };

    private static bool IsAlwaysTrue(CExpression condition) => ConstantFolder.Evaluate(condition) is { } value && value != 0;

    /// <summary>Whether a break leaves the loop whose body this is (breaks of nested loops and switches do not).</summary>
    private static bool Breaks(CStatement statement) => statement switch
    {
        CBreak => true,
        CBlock block => block.Statements.Any(Breaks),
        CIf branch => Breaks(branch.Then) || (branch.Else is { } otherwise && Breaks(otherwise)),
        _ => false,
    };

    private void Return(CReturn ret)
    {
        if (ret.Value is null)
        {
            writer.Line(frame.ReturnsValue && frame.ReturnType.Scalar != CScalar.Void ? "return default;" : "return;");
            return;
        }
        var value = _expressions.Translate(ret.Value);
        if (!frame.ReturnsValue || frame.ReturnType.Scalar == CScalar.Void)
        {
            if (ret.Value is not (CIntegerLiteral or CFloatLiteral) && !value.Failed)
            {
                writer.Line(ExpressionStatementCode(value) + ";");
            }
            writer.Line("return;");
            return;
        }
        writer.Line($"return {_expressions.ConvertTo(value, frame.ReturnType, ret.Value.Token).Code};");
    }

    private void ExpressionStatement(CExpression expression)
    {
        // The garbage collector reclaims what malloc gave; NEURON's allocation check has nothing to check.
        if (expression is CCall { Callee: CIdentifier { Name: "free" or "hoc_malchk" } } release)
        {
            foreach (var argument in release.Arguments)
            {
                _expressions.Translate(argument);
            }
            return;
        }
        if (expression is CCall { Callee: CIdentifier { Name: "assert" }, Arguments: [var condition] } check)
        {
            // C's assert aborts NEURON; here the run stops with a located error instead.
            var location = context.Locate(check.Token);
            writer.Line($"if (!({Condition(condition)})) throw new {TranslationContext.Runtime}.HocExecutionError(" +
                        $"{ExpressionTranslator.StringLiteral(location.File)}, {location.Line}, \"assertion failed\", null);");
            return;
        }
        if (expression is CCall { Callee: CIdentifier { Name: "hoc_execerror" } } error)
        {
            HocExecError(error);
            return;
        }
        foreach (var code in StatementExpressions(expression))
        {
            writer.Line(code + ";");
        }
    }

    /// <summary>An expression evaluated for its effects, split at commas into C# statement expressions.</summary>
    private List<string> StatementExpressions(CExpression expression)
    {
        if (expression is CComma comma)
        {
            return [.. StatementExpressions(comma.Left), .. StatementExpressions(comma.Right)];
        }
        if (expression is CParenthesized { Inner: CComma } parenthesized)
        {
            return StatementExpressions(parenthesized.Inner);
        }
        if (PointerStep(expression) is { } step)
        {
            return [step];
        }
        if (expression is CCast { Type: { Scalar: CScalar.Void, Pointers: 0 } } discard)
        {
            expression = discard.Operand;
        }
        return [ExpressionStatementCode(_expressions.Translate(expression))];
    }

    private static string ExpressionStatementCode(Translated value)
    {
        var isStatement = value.Precedence == Translated.Assignment || value.Code.EndsWith("++", StringComparison.Ordinal) ||
                          value.Code.EndsWith("--", StringComparison.Ordinal) || value.Code.StartsWith("++", StringComparison.Ordinal) ||
                          value.Code.StartsWith("--", StringComparison.Ordinal) || (value.Precedence == Translated.Primary && value.Code.EndsWith(')') && !value.Code.StartsWith('('));
        return isStatement || value.Failed ? value.Code : "_ = " + value.Code;
    }

    /// <summary>p++, p--, ++p, p += n on a span-held pointer, which C# spells as a new slice.</summary>
    private string? PointerStep(CExpression expression)
    {
        var (target, amount) = expression switch
        {
            CPostfix { Operator: "++" } p => (p.Operand, (CExpression?)null),
            CUnary { Operator: "++" } u => (u.Operand, null),
            CAssignment { Operator: "+=" } a => (a.Target, a.Value),
            _ => (null, null),
        };
        if (target is not CIdentifier identifier || Scope.Lookup(identifier.Name) is not { Form: CSharpForm.Span } symbol)
        {
            return null;
        }
        var offset = amount is null ? "1" : _expressions.ConvertTo(_expressions.Translate(amount), CType.Int, amount.Token).Code;
        return $"{symbol.CSharp} = {symbol.CSharp}.Slice({offset})";
    }

    private void HocExecError(CCall call)
    {
        if (call.Arguments.Count is < 1 or > 2)
        {
            context.Report(VerbatimCodes.Type, call.Token, $"hoc_execerror takes 2 arguments, found {call.Arguments.Count}");
            return;
        }
        var messages = call.Arguments.Select(a => _expressions.ConvertTo(_expressions.Translate(a), CType.String, a.Token).Code).ToList();
        if (messages.Count == 1)
        {
            messages.Add("null");
        }
        var location = context.Locate(call.Token);
        writer.Line($"throw new {TranslationContext.Runtime}.HocExecutionError({ExpressionTranslator.StringLiteral(location.File)}, " +
                    $"{location.Line}, {messages[0]}, {messages[1]});");
    }
}
