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
        ["_NrnThread"] = Opaque("_NrnThread"),
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

    private readonly CTypeNames _typeNames;

    private int _position;

    private CParser(IReadOnlyList<CToken> tokens, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics, CTypeNames? typeNames)
    {
        _tokens = tokens;
        _origin = origin;
        _diagnostics = diagnostics;
        _typeNames = typeNames ?? new CTypeNames();
    }

    /// <summary>Parses declarations and function definitions, as found in a VERBATIM block at file scope.
    /// <paramref name="typeNames"/> collects the names typedefs and structures declare, for the blocks that follow.</summary>
    public static CTranslationUnit ParseFile(IReadOnlyList<CToken> tokens, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics,
        CTypeNames? typeNames = null)
    {
        var parser = new CParser(tokens, origin, diagnostics, typeNames);
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
        CTypeNames? typeNames = null)
    {
        var parser = new CParser(tokens, origin, diagnostics, typeNames);
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
        if (Current.Is(text))
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
                LibraryTypes.ContainsKey(token.Text) || _typeNames.Typedefs.Contains(token.Text));
    }

    private CStatement FileItem()
    {
        var start = Current;
        try
        {
            if (StartsUserType())
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

    private CToken ExpectIdentifier()
    {
        if (Current.Kind == CTokenKind.Identifier && !TypeKeywords.Contains(Current.Text))
        {
            return Advance();
        }
        throw new SyntaxError(Current, $"expected a name, found {Current.Describe()}");
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
