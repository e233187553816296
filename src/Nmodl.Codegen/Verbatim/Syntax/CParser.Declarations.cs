namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>Declarations: specifiers, declarators, initializers, function definitions (also K&amp;R) and user types.</summary>
public sealed partial class CParser
{
    private CStatement FunctionDefinition(CToken start, CStorage storage, CType returnType, CToken name)
    {
        Expect("(");
        var parameters = new List<CParameter>();
        var variadic = false;
        if (Current.Is("void") && PeekAt(1).Is(")"))
        {
            Advance();
        }
        while (!Current.Is(")"))
        {
            if (Accept("..."))
            {
                variadic = true;
                break;
            }
            if (!StartsType())
            {
                if (Current.Kind == CTokenKind.Identifier)
                {
                    return OldStyleDefinition(start, storage, returnType, name);
                }
                throw new SyntaxError(Current, $"expected a parameter type, found {Current.Describe()}");
            }
            var (_, _, baseType) = DeclarationSpecifiers();
            var type = Pointers(baseType);
            CToken? parameterName = Current.Kind == CTokenKind.Identifier ? Advance() : null;
            while (Accept("["))
            {
                if (!Current.Is("]"))
                {
                    ConditionalExpression();
                }
                Expect("]");
                type = type.PointerTo();
            }
            parameters.Add(new CParameter(parameterName, type));
            if (!Accept(","))
            {
                break;
            }
        }
        Expect(")");
        if (Accept(";"))
        {
            return new CFunctionDefinition(start, new CFunction(start, storage, returnType, name, parameters, variadic, null));
        }
        if (!Current.Is("{"))
        {
            throw new SyntaxError(Current, $"expected '{{' or ';' after the parameters of '{name.Text}', found {Current.Describe()}");
        }
        var body = Block();
        return new CFunctionDefinition(start, new CFunction(start, storage, returnType, name, parameters, variadic, body));
    }

    private (CStorage Storage, bool IsConst, CType Type) DeclarationSpecifiers()
    {
        var storage = CStorage.None;
        var isConst = false;
        var words = new List<CToken>();
        CType? named = null;
        while (Current.Kind == CTokenKind.Identifier)
        {
            var text = Current.Text;
            if (text == "static")
            {
                storage = CStorage.Static;
            }
            else if (text == "extern")
            {
                storage = CStorage.Extern;
            }
            else if (text == "const")
            {
                isConst = true;
            }
            else if (Qualifiers.Contains(text))
            {
                // register, auto, volatile and inline do not change the meaning of a correct program.
            }
            else if (TypeKeywords.Contains(text))
            {
                words.Add(Current);
            }
            else if (named is null && words.Count == 0 && text == "struct" && PeekAt(1).Kind == CTokenKind.Identifier)
            {
                var tag = Advance().Text + " " + Current.Text;
                named = _typeNames.Structs.TryGetValue(tag, out var structure) ? CType.Struct(structure) : Opaque(tag);
            }
            else if (named is null && words.Count == 0 && (LibraryTypes.TryGetValue(text, out var library) || _typeNames.Typedefs.Contains(text)))
            {
                named = library ?? _typeNames.Named(text);
            }
            else
            {
                break;
            }
            Advance();
        }
        if (named is not null)
        {
            return (storage, isConst, named);
        }
        if (words.Count == 0)
        {
            if (storage == CStorage.None && !isConst)
            {
                throw new SyntaxError(Current, $"expected a type, found {Current.Describe()}");
            }
            return (storage, isConst, CType.Int);
        }
        return (storage, isConst, ScalarOf(words));
    }

    private CType ScalarOf(List<CToken> words)
    {
        var names = words.Select(w => w.Text).ToList();
        var unsigned = names.Remove("unsigned");
        names.Remove("signed");
        var longs = names.RemoveAll(n => n == "long");
        var shorts = names.RemoveAll(n => n == "short");
        if (names.Count > 1)
        {
            throw new SyntaxError(words[0], $"conflicting type words '{string.Join(' ', words.Select(w => w.Text))}'");
        }
        var main = names.Count == 1 ? names[0] : "int";
        return main switch
        {
            "void" => CType.Void,
            "char" => new CType(unsigned ? CScalar.UnsignedChar : CScalar.Char),
            "float" => CType.Float,
            "double" => CType.Double,
            "int" when shorts > 0 => new CType(unsigned ? CScalar.UnsignedShort : CScalar.Short),
            "int" when longs > 0 => new CType(unsigned ? CScalar.UnsignedLong : CScalar.Long),
            _ => new CType(unsigned ? CScalar.UnsignedInt : CScalar.Int),
        };
    }

    private CType Pointers(CType type)
    {
        while (Accept("*"))
        {
            type = type.PointerTo();
            while (Accept("const") || Accept("volatile"))
            {
            }
        }
        return type;
    }

    private CDeclaration RestOfDeclaration(CToken start, CStorage storage, bool isConst, CType baseType, CType firstType, CToken firstName)
    {
        var declarators = new List<CDeclarator> { Declarator(firstType, firstName) };
        while (Accept(","))
        {
            var type = Pointers(baseType);
            var name = ExpectIdentifier();
            if (Current.Is("("))
            {
                // An old-style prototype among variables (double x, *getarg();) declares nothing to translate.
                SkipBalanced("(", ")");
                continue;
            }
            declarators.Add(Declarator(type, name));
        }
        Expect(";");
        return new CDeclaration(start, storage, isConst, declarators);
    }

    private CDeclarator Declarator(CType type, CToken name)
    {
        List<CExpression?>? lengths = null;
        while (Accept("["))
        {
            lengths ??= [];
            lengths.Add(Current.Is("]") ? null : ConditionalExpression());
            Expect("]");
        }
        CExpression? initializer = null;
        if (Accept("="))
        {
            initializer = Current.Is("{") ? InitializerList() : AssignmentExpression();
        }
        return new CDeclarator(name, type, lengths, initializer);
    }

    private CInitializerList InitializerList()
    {
        var open = Expect("{");
        var items = new List<CExpression>();
        while (!Current.Is("}"))
        {
            items.Add(Current.Is("{") ? InitializerList() : AssignmentExpression());
            if (!Accept(","))
            {
                break;
            }
        }
        Expect("}");
        return new CInitializerList(open, items);
    }

    /// <summary>Whether a user type is declared here: a typedef, a union or enum, or a structure with its members
    /// (<c>struct Tag x;</c> declares a variable of a structure type instead).</summary>
    private bool StartsUserType()
    {
        var at = Qualifiers.Contains(Current.Text) ? 1 : 0;
        var keyword = PeekAt(at);
        if (keyword.Kind != CTokenKind.Identifier || !UserTypeKeywords.Contains(keyword.Text))
        {
            return false;
        }
        return keyword.Text != "struct" || PeekAt(at + 1).Is("{") || PeekAt(at + 2).Is("{");
    }

    private CStatement UserType()
    {
        var start = Current;
        while (Qualifiers.Contains(Current.Text))
        {
            Advance();
        }
        if (StructDefinition() is { } structure)
        {
            return structure;
        }
        var keyword = Advance();
        var isTypedef = keyword.Text == "typedef";
        SkipToEndOfDeclaration(out var lastName);
        if (isTypedef && lastName is not null)
        {
            _typeNames.Typedefs.Add(lastName);
        }
        var description = isTypedef ? $"typedef{(lastName is null ? "" : " " + lastName)}" : $"{keyword.Text} declaration";
        return new CUnsupportedStatement(start, VerbatimCodes.UserTypes, description);
    }

    /// <summary><c>typedef struct [Tag] { members } Name;</c> or <c>struct Tag { members };</c>, or null (the parser
    /// has not moved) for other user types. Members are scalars and pointers; a typedef names one structure.</summary>
    private CStatement? StructDefinition()
    {
        var typedef = Current.Is("typedef") ? 1 : 0;
        if (!PeekAt(typedef).Is("struct") || !(PeekAt(typedef + 1).Is("{") || PeekAt(typedef + 2).Is("{")))
        {
            return null;
        }
        var start = Current;
        _position += typedef + 1;
        var tag = Current.Is("{") ? null : Advance();
        if (tag is not null)
        {
            // Members may point to the structure being defined (struct node* next).
            _typeNames.Structs["struct " + tag.Text] = tag.Text;
        }
        Expect("{");
        var fields = new List<CStructField>();
        while (!Current.Is("}"))
        {
            var (_, _, baseType) = DeclarationSpecifiers();
            do
            {
                var type = Pointers(baseType);
                var name = ExpectIdentifier();
                if (Current.Is("[") || Current.Is("("))
                {
                    SkipPast("}");
                    SkipToEndOfDeclaration(out _);
                    return new CUnsupportedStatement(name, VerbatimCodes.UserTypes, $"member '{name.Text}' of a structure that is an array or a function pointer");
                }
                fields.Add(new CStructField(name, type));
            }
            while (Accept(","));
            Expect(";");
        }
        Expect("}");
        var typeName = typedef == 1 ? ExpectIdentifier() : tag;
        if (typeName is null || !Current.Is(";"))
        {
            SkipToEndOfDeclaration(out _);
            return new CUnsupportedStatement(start, VerbatimCodes.UserTypes, "a structure declared together with variables or several typedef names");
        }
        Expect(";");
        // The class takes the tag's name when there is one, so that struct Tag and the typedef name are one type.
        var className = (tag ?? typeName).Text;
        if (typedef == 1)
        {
            _typeNames.Typedefs.Add(typeName.Text);
            _typeNames.Structs[typeName.Text] = className;
        }
        return new CStructDefinition(start, className, fields);
    }

    /// <summary>Skips to just after the <paramref name="close"/> that ends the brackets the parser is in.</summary>
    private void SkipPast(string close)
    {
        var depth = 0;
        while (Current.Kind != CTokenKind.EndOfFile)
        {
            var token = Advance();
            if (token.Is("{"))
            {
                depth++;
            }
            else if (token.Is(close) && depth-- == 0)
            {
                return;
            }
        }
    }

    private void SkipToEndOfDeclaration(out string? lastName)
    {
        lastName = null;
        var depth = 0;
        while (Current.Kind != CTokenKind.EndOfFile)
        {
            var token = Advance();
            if (token.Is("{") || token.Is("("))
            {
                depth++;
            }
            else if (token.Is("}") || token.Is(")"))
            {
                depth--;
            }
            else if (token.Is(";") && depth <= 0)
            {
                return;
            }
            else if (token.Kind == CTokenKind.Identifier && depth == 0)
            {
                lastName = token.Text;
            }
        }
    }

    /// <summary>A K&amp;R definition, as old mod files have them: f(a, b) double a; int* b; { ... }.
    /// Parameters without a declaration are int, as in C89.</summary>
    private CFunctionDefinition OldStyleDefinition(CToken start, CStorage storage, CType returnType, CToken name)
    {
        var names = new List<CToken> { ExpectIdentifier() };
        while (Accept(","))
        {
            names.Add(ExpectIdentifier());
        }
        Expect(")");
        var types = new Dictionary<string, CType>(StringComparer.Ordinal);
        while (StartsType())
        {
            var (_, _, baseType) = DeclarationSpecifiers();
            do
            {
                var type = Pointers(baseType);
                var parameter = ExpectIdentifier();
                while (Accept("["))
                {
                    SkipTo("]");
                    type = type.PointerTo();
                }
                if (!names.Any(n => n.Text == parameter.Text))
                {
                    throw new SyntaxError(parameter, $"'{parameter.Text}' is declared but is not a parameter of '{name.Text}'");
                }
                types[parameter.Text] = type;
            }
            while (Accept(","));
            Expect(";");
        }
        if (!Current.Is("{"))
        {
            throw new SyntaxError(Current, $"expected '{{' to begin the body of '{name.Text}', found {Current.Describe()}");
        }
        var parameters = names.Select(n => new CParameter(n, types.GetValueOrDefault(n.Text, CType.Int))).ToList();
        return new CFunctionDefinition(start, new CFunction(start, storage, returnType, name, parameters, false, Block()));
    }
}
