namespace Nmodl.Codegen.Verbatim.Syntax;

public sealed partial class CParser
{
    private CStatement Statement()
    {
        try
        {
            return StatementOrThrow();
        }
        catch (SyntaxError error)
        {
            return Recover(error);
        }
    }

    private CStatement StatementOrThrow()
    {
        var token = Current;
        if (token.Kind == CTokenKind.Identifier)
        {
            switch (token.Text)
            {
                case "if": return If();
                case "while": return While();
                case "do": return DoWhile();
                case "for": return For();
                case "switch": return Switch();
                case "break":
                    Advance();
                    Expect(";");
                    return new CBreak(token);
                case "continue":
                    Advance();
                    Expect(";");
                    return new CContinue(token);
                case "return":
                    Advance();
                    var value = Current.Is(";") ? null : Expression();
                    Expect(";");
                    return new CReturn(token, value);
                case "goto":
                    return Unsupported(token, VerbatimCodes.UnsupportedConstruct, "goto");
                case "case" or "default":
                    throw new SyntaxError(token, $"'{token.Text}' outside a switch");
            }
            if (PeekAt(1).Is(":") && !StartsType())
            {
                Advance();
                Advance();
                return new CUnsupportedStatement(token, VerbatimCodes.UnsupportedConstruct, $"label '{token.Text}'");
            }
            if (StartsUserType())
            {
                return UserType();
            }
            if (StartsType())
            {
                return new CDeclarationStatement(token, LocalDeclaration());
            }
        }
        if (token.Is("{"))
        {
            return Block();
        }
        if (token.Is(";"))
        {
            return new CEmptyStatement(Advance());
        }
        var expression = Expression();
        Expect(";");
        return new CExpressionStatement(token, expression);
    }

    private CDeclaration LocalDeclaration()
    {
        var start = Current;
        var (storage, isConst, baseType) = DeclarationSpecifiers();
        var type = Pointers(baseType);
        if (Current.Is("("))
        {
            throw new SyntaxError(Current, "function pointer declarations are not supported");
        }
        var name = ExpectIdentifier();
        if (Current.Is("("))
        {
            SkipToEndOfDeclaration(out _);
            return new CDeclaration(start, CStorage.Extern, isConst, []);
        }
        return RestOfDeclaration(start, storage, isConst, baseType, type, name);
    }

    private CBlock Block()
    {
        var open = Expect("{");
        var statements = new List<CStatement>();
        while (!Current.Is("}"))
        {
            if (Current.Kind == CTokenKind.EndOfFile)
            {
                throw new SyntaxError(open, "'{' without a matching '}'");
            }
            var start = _position;
            statements.Add(Statement());
            EnsureProgress(start);
        }
        Advance();
        return new CBlock(open, statements);
    }

    private CExpression ParenthesizedCondition()
    {
        Expect("(");
        var condition = Expression();
        Expect(")");
        return condition;
    }

    private CIf If()
    {
        var token = Advance();
        var condition = ParenthesizedCondition();
        var then = Statement();
        var otherwise = Accept("else") ? Statement() : null;
        return new CIf(token, condition, then, otherwise);
    }

    private CWhile While()
    {
        var token = Advance();
        var condition = ParenthesizedCondition();
        return new CWhile(token, condition, Statement());
    }

    private CDoWhile DoWhile()
    {
        var token = Advance();
        var body = Statement();
        Expect("while");
        var condition = ParenthesizedCondition();
        Expect(";");
        return new CDoWhile(token, body, condition);
    }

    private CFor For()
    {
        var token = Advance();
        Expect("(");
        CStatement? initializer = null;
        if (StartsType())
        {
            initializer = new CDeclarationStatement(Current, LocalDeclaration());
        }
        else if (!Accept(";"))
        {
            var start = Current;
            initializer = new CExpressionStatement(start, Expression());
            Expect(";");
        }
        var condition = Current.Is(";") ? null : Expression();
        Expect(";");
        var step = Current.Is(")") ? null : Expression();
        Expect(")");
        return new CFor(token, initializer, condition, step, Statement());
    }

    private CSwitch Switch()
    {
        var token = Advance();
        var value = ParenthesizedCondition();
        Expect("{");
        var sections = new List<CSwitchSection>();
        while (!Accept("}"))
        {
            if (Current.Kind == CTokenKind.EndOfFile)
            {
                throw new SyntaxError(token, "switch without a closing '}'");
            }
            var sectionStart = Current;
            var labels = new List<CExpression?>();
            while (Current.Is("case") || Current.Is("default"))
            {
                if (Advance().Text == "case")
                {
                    labels.Add(ConditionalExpression());
                }
                else
                {
                    labels.Add(null);
                }
                Expect(":");
            }
            if (labels.Count == 0)
            {
                throw new SyntaxError(Current, $"expected 'case' or 'default' in switch, found {Current.Describe()}");
            }
            var statements = new List<CStatement>();
            while (!Current.Is("case") && !Current.Is("default") && !Current.Is("}") && Current.Kind != CTokenKind.EndOfFile)
            {
                var start = _position;
                statements.Add(Statement());
                EnsureProgress(start);
            }
            sections.Add(new CSwitchSection(sectionStart, labels, statements));
        }
        return new CSwitch(token, value, sections);
    }
}
