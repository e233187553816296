namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>
/// The small C preprocessor VERBATIM blocks need: #define (constants and function-like macros), #undef,
/// #if/#ifdef/#ifndef/#elif/#else/#endif, #include of headers (accepted and ignored, as the translation
/// provides the C library itself), #pragma (ignored) and #error. Macros live in a table shared by all
/// blocks of a mod file because NEURON pastes every block into one C file.
/// </summary>
public sealed class CPreprocessor
{
    private readonly Dictionary<string, CMacro> _macros;
    private readonly VerbatimOrigin _origin;
    private readonly List<VerbatimDiagnostic> _diagnostics;
    private readonly List<CToken> _output = [];
    private readonly Stack<Conditional> _conditionals = new();

    private CPreprocessor(Dictionary<string, CMacro> macros, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics)
    {
        _macros = macros;
        _origin = origin;
        _diagnostics = diagnostics;
    }

    /// <summary>Runs the directives of <paramref name="tokens"/>, expands macros and returns the tokens
    /// that remain, ending with an end-of-file token. End-of-line tokens are dropped.</summary>
    public static IReadOnlyList<CToken> Run(IReadOnlyList<CToken> tokens, Dictionary<string, CMacro> macros,
        VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics)
    {
        var preprocessor = new CPreprocessor(macros, origin, diagnostics);
        preprocessor.Process(tokens);
        return preprocessor._output;
    }

    private bool Active => _conditionals.All(c => c.Taking);

    private void Process(IReadOnlyList<CToken> tokens)
    {
        var index = 0;
        var pending = new List<CToken>();
        while (index < tokens.Count)
        {
            var token = tokens[index];
            if (token.Kind == CTokenKind.Directive)
            {
                Expand(pending);
                pending.Clear();
                var line = new List<CToken>();
                index++;
                while (tokens[index].Kind is not (CTokenKind.EndOfLine or CTokenKind.EndOfFile))
                {
                    line.Add(tokens[index++]);
                }
                Directive(token, line);
            }
            else if (token.Kind == CTokenKind.EndOfFile)
            {
                Expand(pending);
                foreach (var open in _conditionals)
                {
                    Error(open.Start, "#" + open.Start.Text + " without a matching #endif");
                }
                _output.Add(token);
                return;
            }
            else if (token.Kind != CTokenKind.EndOfLine && Active)
            {
                pending.Add(token);
            }
            index++;
        }
    }

    private void Directive(CToken hash, List<CToken> line)
    {
        if (line.Count == 0)
        {
            return;
        }
        var name = line[0];
        var rest = line.GetRange(1, line.Count - 1);
        switch (name.Text)
        {
            case "ifdef":
            case "ifndef":
                var defined = rest.Count > 0 && _macros.ContainsKey(rest[0].Text);
                Open(name, rest.Count == 0 ? false : (name.Text == "ifdef") == defined);
                if (rest.Count == 0 && Active)
                {
                    Error(name, $"#{name.Text} needs a macro name");
                }
                return;
            case "if":
                Open(name, Active && Evaluate(name, rest) != 0);
                return;
            case "elif":
                if (RequireOpen(name))
                {
                    var current = _conditionals.Pop();
                    var take = !current.Taken && current.ParentTaking && Evaluate(name, rest) != 0;
                    _conditionals.Push(current with { Taking = take, Taken = current.Taken || take });
                }
                return;
            case "else":
                if (RequireOpen(name))
                {
                    var current = _conditionals.Pop();
                    _conditionals.Push(current with { Taking = !current.Taken && current.ParentTaking, Taken = true });
                }
                return;
            case "endif":
                if (RequireOpen(name))
                {
                    _conditionals.Pop();
                }
                return;
        }
        if (!Active)
        {
            return;
        }
        switch (name.Text)
        {
            case "define":
                Define(name, rest);
                break;
            case "undef":
                if (rest.Count > 0)
                {
                    _macros.Remove(rest[0].Text);
                }
                break;
            case "include":
            case "pragma":
                break;
            case "error":
                Error(name, "#error " + string.Join(' ', rest.Select(t => t.Text)));
                break;
            default:
                Error(hash, $"unknown preprocessor directive '#{name.Text}'");
                break;
        }
    }

    private void Open(CToken start, bool taking)
    {
        var parent = Active;
        _conditionals.Push(new Conditional(start, parent && taking, parent && taking, parent));
    }

    private bool RequireOpen(CToken directive)
    {
        if (_conditionals.Count > 0)
        {
            return true;
        }
        Error(directive, $"#{directive.Text} without #if");
        return false;
    }

    private void Define(CToken directive, List<CToken> rest)
    {
        if (rest.Count == 0 || rest[0].Kind != CTokenKind.Identifier)
        {
            Error(directive, "#define needs a macro name");
            return;
        }
        var name = rest[0];
        var bodyStart = 1;
        List<string>? parameters = null;
        if (rest.Count > 1 && rest[1].Is("(") && rest[1].Line == name.Line && rest[1].Column == name.Column + name.Text.Length)
        {
            parameters = [];
            var i = 2;
            while (i < rest.Count && !rest[i].Is(")"))
            {
                if (rest[i].Kind == CTokenKind.Identifier)
                {
                    parameters.Add(rest[i].Text);
                }
                else if (!rest[i].Is(","))
                {
                    Error(rest[i], $"unexpected {rest[i].Describe()} in the parameters of macro '{name.Text}'");
                    return;
                }
                i++;
            }
            if (i == rest.Count)
            {
                Error(name, $"missing ')' in the parameters of macro '{name.Text}'");
                return;
            }
            bodyStart = i + 1;
        }
        var body = rest.GetRange(bodyStart, rest.Count - bodyStart);
        var operatorToken = body.FirstOrDefault(t => t.Is("#") || t.Is("##"));
        if (operatorToken is not null)
        {
            _diagnostics.Add(new VerbatimDiagnostic(VerbatimCodes.Preprocessor, Location(operatorToken),
                $"the '{operatorToken.Text}' operator in macro '{name.Text}' is not supported"));
            return;
        }
        _macros[name.Text] = new CMacro(name.Text, parameters, body, Location(name));
    }

    private void Expand(List<CToken> tokens)
    {
        var expanded = ExpandList(tokens, []);
        _output.AddRange(expanded);
    }

    private List<CToken> ExpandList(IReadOnlyList<CToken> tokens, HashSet<string> expanding)
    {
        var result = new List<CToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != CTokenKind.Identifier || expanding.Contains(token.Text) ||
                !_macros.TryGetValue(token.Text, out var macro))
            {
                result.Add(token);
                continue;
            }
            if (macro.Parameters is null)
            {
                result.AddRange(Substitute(macro, token, [], expanding));
                continue;
            }
            if (i + 1 >= tokens.Count || !tokens[i + 1].Is("("))
            {
                result.Add(token);
                continue;
            }
            var arguments = CollectArguments(tokens, i + 2, out var end);
            if (arguments is null)
            {
                Error(token, $"missing ')' in the call of macro '{macro.Name}'");
                return result;
            }
            if (arguments.Count != macro.Parameters.Count && !(macro.Parameters.Count == 0 && arguments.Count == 1 && arguments[0].Count == 0))
            {
                Error(token, $"macro '{macro.Name}' takes {macro.Parameters.Count} arguments, found {arguments.Count}");
            }
            result.AddRange(Substitute(macro, token, arguments, expanding));
            i = end;
        }
        return result;
    }

    private static List<List<CToken>>? CollectArguments(IReadOnlyList<CToken> tokens, int start, out int end)
    {
        var arguments = new List<List<CToken>> { new() };
        var depth = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Is(")") && depth == 0)
            {
                end = i;
                return arguments;
            }
            if (token.Is(",") && depth == 0)
            {
                arguments.Add([]);
                continue;
            }
            if (token.Is("(") || token.Is("[") || token.Is("{"))
            {
                depth++;
            }
            else if (token.Is(")") || token.Is("]") || token.Is("}"))
            {
                depth--;
            }
            arguments[^1].Add(token);
        }
        end = tokens.Count;
        return null;
    }

    private List<CToken> Substitute(CMacro macro, CToken use, List<List<CToken>> arguments, HashSet<string> expanding)
    {
        var body = new List<CToken>();
        foreach (var token in macro.Body)
        {
            var parameter = macro.Parameters is null || token.Kind != CTokenKind.Identifier ? -1 : IndexOf(macro.Parameters, token.Text);
            if (parameter >= 0 && parameter < arguments.Count)
            {
                body.AddRange(ExpandList(arguments[parameter], expanding));
            }
            else
            {
                body.Add(token with { Line = use.Line, Column = use.Column });
            }
        }
        var inner = new HashSet<string>(expanding) { macro.Name };
        return ExpandList(body, inner);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    private long Evaluate(CToken directive, List<CToken> tokens)
    {
        var resolved = new List<CToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Is("defined"))
            {
                var parenthesized = i + 1 < tokens.Count && tokens[i + 1].Is("(");
                var nameIndex = parenthesized ? i + 2 : i + 1;
                if (nameIndex >= tokens.Count)
                {
                    Error(directive, "'defined' needs a macro name");
                    return 0;
                }
                var isDefined = _macros.ContainsKey(tokens[nameIndex].Text);
                resolved.Add(tokens[i] with { Kind = CTokenKind.IntegerLiteral, Text = isDefined ? "1" : "0" });
                i = parenthesized ? nameIndex + 1 : nameIndex;
            }
            else
            {
                resolved.Add(tokens[i]);
            }
        }
        var expanded = ExpandList(resolved, []);
        var evaluator = new ConditionEvaluator(expanded);
        var value = evaluator.Evaluate(out var error);
        if (error is not null)
        {
            Error(directive, $"cannot evaluate #{directive.Text}: {error}");
            return 0;
        }
        return value;
    }

    private CLocation Location(CToken token) => _origin.At(token.Line, token.Column);

    private void Error(CToken token, string message) =>
        _diagnostics.Add(new VerbatimDiagnostic(VerbatimCodes.Preprocessor, Location(token), message));

    private sealed record Conditional(CToken Start, bool Taking, bool Taken, bool ParentTaking);
}
