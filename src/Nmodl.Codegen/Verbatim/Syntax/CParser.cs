namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>
/// Recursive-descent parser of the C subset found in VERBATIM blocks. It never throws: errors become
/// diagnostics and the parser resynchronises at the next ';' or '}'. Constructs it recognises but the
/// translator does not support (struct, typedef, goto...) become <see cref="CUnsupportedStatement"/>s.
/// </summary>
public sealed partial class CParser
{
    private static readonly HashSet<string> TypeKeywords =
        ["void", "char", "short", "int", "long", "float", "double", "signed", "unsigned"];

    private static readonly HashSet<string> Qualifiers = ["const", "volatile", "register", "auto", "inline", "static", "extern"];

    private static readonly HashSet<string> UserTypeKeywords = ["struct", "union", "enum", "typedef"];

    /// <summary>Type names that NEURON's headers or the C library declare; known so that declarations using them parse and can be reported.</summary>
    private static readonly Dictionary<string, CType> LibraryTypes = new()
    {
        ["size_t"] = CType.UnsignedLong,
        ["uint32_t"] = new CType(CScalar.UnsignedInt),
        ["u_int32_t"] = new CType(CScalar.UnsignedInt),
        ["int32_t"] = CType.Int,
        ["int64_t"] = CType.Long,
        ["uint64_t"] = CType.UnsignedLong,
        ["FILE"] = Opaque("FILE"),
        ["Object"] = Opaque("Object"),
        ["Point_process"] = Opaque("Point_process"),
        ["Rand"] = Opaque("Rand"),
        ["Symbol"] = Opaque("Symbol"),
        ["IvocVect"] = Opaque("IvocVect"),
        ["Datum"] = Opaque("Datum"),
        ["NrnThread"] = Opaque("NrnThread"),
        ["Prop"] = Opaque("Prop"),
        ["Section"] = Opaque("Section"),
        ["Node"] = Opaque("Node"),
        ["hoc_Item"] = Opaque("hoc_Item"),
        ["Memb_list"] = Opaque("Memb_list"),
        ["NrnThreadArgs"] = Opaque("NrnThreadArgs"),
        ["nrnran123_State"] = Opaque("nrnran123_State"),
        ["ListVec"] = Opaque("ListVec"),
        ["time_t"] = CType.Long,
        ["clock_t"] = CType.Long,
    };

    private readonly IReadOnlyList<CToken> _tokens;
    private readonly VerbatimOrigin _origin;
    private readonly List<VerbatimDiagnostic> _diagnostics;
    private readonly ISet<string> _typedefNames;
    private int _position;

    private CParser(IReadOnlyList<CToken> tokens, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics, ISet<string>? typedefNames)
    {
        _tokens = tokens;
        _origin = origin;
        _diagnostics = diagnostics;
        _typedefNames = typedefNames ?? new HashSet<string>();
    }

    /// <summary>Parses declarations and function definitions, as found in a VERBATIM block at file scope.
    /// <paramref name="typedefNames"/> collects the names typedefs declare, for the blocks that follow.</summary>
    public static CTranslationUnit ParseFile(IReadOnlyList<CToken> tokens, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics,
        ISet<string>? typedefNames = null)
    {
        var parser = new CParser(tokens, origin, diagnostics, typedefNames);
        var items = new List<CStatement>();
        while (parser.Current.Kind != CTokenKind.EndOfFile)
        {
            var start = parser._position;
            items.Add(parser.FileItem());
            parser.EnsureProgress(start);
        }
        return new CTranslationUnit(items);
    }

    /// <summary>Parses statements, as found in a VERBATIM block inside a PROCEDURE, FUNCTION or other block.</summary>
    public static IReadOnlyList<CStatement> ParseStatements(IReadOnlyList<CToken> tokens, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics,
        ISet<string>? typedefNames = null)
    {
        var parser = new CParser(tokens, origin, diagnostics, typedefNames);
        var statements = new List<CStatement>();
        while (parser.Current.Kind != CTokenKind.EndOfFile)
        {
            var start = parser._position;
            if (parser.Current.Is("}"))
            {
                parser.Error(parser.Current, "unbalanced '}'");
                parser._position++;
                continue;
            }
            statements.Add(parser.Statement());
            parser.EnsureProgress(start);
        }
        return statements;
    }

    private static CType Opaque(string name) => new(CScalar.Opaque, 0, name);

    private CToken Current => _tokens[_position];

    private CToken PeekAt(int ahead) => _tokens[Math.Min(_position + ahead, _tokens.Count - 1)];

    private CToken Advance()
    {
        var token = Current;
        if (token.Kind != CTokenKind.EndOfFile)
        {
            _position++;
        }
        return token;
    }

    private bool Accept(string text)
    {
        if (Current.Is(text) && Current.Kind != CTokenKind.StringLiteral)
        {
            _position++;
            return true;
        }
        return false;
    }

    private CToken Expect(string text)
    {
        if (Current.Is(text))
        {
            return Advance();
        }
        throw new SyntaxError(Current, $"expected '{text}', found {Current.Describe()}");
    }

    private void EnsureProgress(int start)
    {
        if (_position == start)
        {
            Advance();
        }
    }

    private bool StartsType(int ahead = 0)
    {
        var token = PeekAt(ahead);
        return token.Kind == CTokenKind.Identifier &&
               (TypeKeywords.Contains(token.Text) || Qualifiers.Contains(token.Text) || UserTypeKeywords.Contains(token.Text) ||
                LibraryTypes.ContainsKey(token.Text) || _typedefNames.Contains(token.Text));
    }

    private CStatement FileItem()
    {
        var start = Current;
        try
        {
            if (UserTypeKeywords.Contains(Current.Text) || (Qualifiers.Contains(Current.Text) && UserTypeKeywords.Contains(PeekAt(1).Text)))
            {
                return UserType();
            }
            if (Current.Is(";"))
            {
                return new CEmptyStatement(Advance());
            }
            var (storage, isConst, baseType) = DeclarationSpecifiers();
            var type = Pointers(baseType);
            if (Current.Is("("))
            {
                return Unsupported(start, VerbatimCodes.UnsupportedConstruct, "function pointer declaration");
            }
            var name = ExpectIdentifier();
            if (Current.Is("("))
            {
                return FunctionDefinition(start, storage, type, name);
            }
            return new CDeclarationStatement(start, RestOfDeclaration(start, storage, isConst, baseType, type, name));
        }
        catch (SyntaxError error)
        {
            var recovered = Recover(error);
            if (Current.Is("{"))
            {
                // The body of a function whose header failed would only produce more errors.
                SkipBalanced("{", "}");
            }
            return recovered;
        }
    }

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
            else if (named is null && words.Count == 0 && (LibraryTypes.TryGetValue(text, out var library) || _typedefNames.Contains(text)))
            {
                named = library ?? Opaque(text);
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

    private CToken ExpectIdentifier()
    {
        if (Current.Kind == CTokenKind.Identifier && !TypeKeywords.Contains(Current.Text))
        {
            return Advance();
        }
        throw new SyntaxError(Current, $"expected a name, found {Current.Describe()}");
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

    private CStatement UserType()
    {
        var start = Current;
        while (Qualifiers.Contains(Current.Text))
        {
            Advance();
        }
        var keyword = Advance();
        var isTypedef = keyword.Text == "typedef";
        SkipToEndOfDeclaration(out var lastName);
        if (isTypedef && lastName is not null)
        {
            _typedefNames.Add(lastName);
        }
        var description = isTypedef ? $"typedef{(lastName is null ? "" : " " + lastName)}" : $"{keyword.Text} declaration";
        return new CUnsupportedStatement(start, VerbatimCodes.UserTypes, description);
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

    /// <summary>Skips from an opening bracket to its match (or to the end of the block).</summary>
    private void SkipBalanced(string open, string close)
    {
        var depth = 0;
        do
        {
            var token = Advance();
            depth += token.Is(open) ? 1 : token.Is(close) ? -1 : 0;
        }
        while (depth > 0 && Current.Kind != CTokenKind.EndOfFile);
    }

    private void SkipTo(string closing)
    {
        while (Current.Kind != CTokenKind.EndOfFile && !Accept(closing))
        {
            Advance();
        }
    }

    private CUnsupportedStatement Unsupported(CToken start, string code, string description)
    {
        SkipToEndOfDeclarationOrBody();
        return new CUnsupportedStatement(start, code, description);
    }

    /// <summary>Skips to the ';' that ends a declaration, or past the '}' that closes a body.</summary>
    private void SkipToEndOfDeclarationOrBody()
    {
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
                if (depth == 0 && token.Is("}") && !Current.Is(";"))
                {
                    return;
                }
            }
            else if (token.Is(";") && depth <= 0)
            {
                return;
            }
        }
    }

    private CStatement Recover(SyntaxError error)
    {
        Error(error.Token, error.Message);
        var start = error.Token;
        var depth = 0;
        while (Current.Kind != CTokenKind.EndOfFile)
        {
            if (Current.Is(";") && depth == 0)
            {
                Advance();
                break;
            }
            if (Current.Is("{"))
            {
                depth++;
            }
            else if (Current.Is("}"))
            {
                if (depth == 0)
                {
                    break;
                }
                depth--;
                if (depth == 0)
                {
                    Advance();
                    break;
                }
            }
            Advance();
        }
        return new CUnsupportedStatement(start, VerbatimCodes.Syntax, "unparsed text");
    }

    private void Error(CToken token, string message) =>
        _diagnostics.Add(new VerbatimDiagnostic(VerbatimCodes.Syntax, _origin.At(token.Line, token.Column), message));

    /// <summary>Unwinds the parse of one statement or file item to the nearest recovery point.</summary>
    private sealed class SyntaxError(CToken token, string message) : Exception(message)
    {
        public CToken Token { get; } = token;
    }
}
