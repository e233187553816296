using Nmodl.Codegen.Verbatim.Syntax;
using Nmodl.Codegen.Verbatim.Translation;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// The VERBATIM C of one mod file, translated block by block. NEURON pastes every block into one C file,
/// so macros, file-scope variables and functions of earlier blocks are visible in later ones; add the
/// file-scope blocks first, then translate the blocks inside PROCEDUREs, FUNCTIONs and the others.
/// </summary>
public sealed class VerbatimModule(string modFile, IVerbatimNameResolver resolver)
{
    private readonly ModuleSymbols _module = new();

    public string ModFile { get; } = modFile;

    /// <summary>Translates a block found outside any NMODL block into static fields and methods.</summary>
    public VerbatimTranslation AddFileScope(string text, VerbatimOrigin origin)
    {
        var diagnostics = new List<VerbatimDiagnostic>();
        var tokens = Preprocess(text, origin, diagnostics);
        // Text that could not be lexed or preprocessed is not parsed: the parse errors would only echo the first problem.
        if (diagnostics.Count > 0)
        {
            return new VerbatimTranslation("", diagnostics);
        }
        var unit = CParser.ParseFile(tokens, origin, diagnostics, _module.TypeNames);
        var context = new TranslationContext(origin, _module, resolver, diagnostics);
        var declared = unit.Items.OfType<CFunctionDefinition>().Where(d => Isolated(d.Function, origin, f => f.Declare(d.Function))).Select(d => d.Function).ToHashSet();
        var expressions = new ExpressionTranslator(context);
        var code = new System.Text.StringBuilder();
        foreach (var item in unit.Items)
        {
            switch (item)
            {
                case CDeclarationStatement declaration:
                    var fields = new CodeWriter(origin.File);
                    new DeclarationTranslator(context, expressions).FileScope(declaration.Declaration, fields);
                    code.Append(fields.Finish());
                    break;
                case CFunctionDefinition definition when declared.Contains(definition.Function):
                    var method = new CodeWriter(origin.File);
                    var hoisted = _module.HoistedFields.Count;
                    if (Isolated(definition.Function, origin, f => f.Define(definition.Function, method)))
                    {
                        code.Append(method.Finish());
                    }
                    else
                    {
                        _module.HoistedFields.RemoveRange(hoisted, _module.HoistedFields.Count - hoisted);
                    }
                    break;
                case CStructDefinition structure:
                    var type = new CodeWriter(origin.File);
                    new StructTranslator(context).Define(structure, type);
                    code.Append(type.Finish());
                    break;
                case CUnsupportedStatement unsupported:
                    StatementTranslator.ReportUnsupported(context, unsupported);
                    break;
            }
        }
        var warnings = unit.Items.OfType<CFunctionDefinition>().Select(d => d.Function.Name.Text)
            .Where(_module.Untranslated.ContainsKey).Select(name => _module.Untranslated[name]);
        diagnostics.AddRange(warnings);
        return new VerbatimTranslation(code.ToString(), diagnostics);
    }

    /// <summary>Runs one step of translating a file-scope function with diagnostics of its own. A function whose
    /// C does not translate is left out with a warning (NEURON mod files carry C that only NEURON's internals
    /// call, such as CoreNEURON's bbcore_write); a call of it is reported where it is made.</summary>
    private bool Isolated(CFunction function, VerbatimOrigin origin, Func<FunctionTranslator, bool> step)
    {
        if (_module.Untranslated.ContainsKey(function.Name.Text))
        {
            return false;
        }
        var own = new List<VerbatimDiagnostic>();
        var succeeded = step(new FunctionTranslator(new TranslationContext(origin, _module, resolver, own)));
        if (own.Count == 0 && succeeded)
        {
            return true;
        }
        if (own.Count == 0)
        {
            return false;
        }
        var first = own[0];
        _module.Untranslated[function.Name.Text] = first with
        {
            IsWarning = true,
            Message = $"{first.Message}; C function '{function.Name.Text}' is left out (an error where something calls it)",
        };
        _module.Functions.Remove(function.Name.Text);
        return false;
    }

    /// <summary>Translates a block found inside an NMODL block into C# statements.</summary>
    public VerbatimTranslation TranslateStatements(string text, VerbatimOrigin origin, VerbatimBlockContext block) =>
        TranslateStatements(text, origin, block, resolver);

    /// <summary>Translates a block found inside an NMODL block, with the names of that block (its locals and arguments).</summary>
    public VerbatimTranslation TranslateStatements(string text, VerbatimOrigin origin, VerbatimBlockContext block, IVerbatimNameResolver names)
    {
        var diagnostics = new List<VerbatimDiagnostic>();
        var tokens = Preprocess(text, origin, diagnostics);
        if (diagnostics.Count > 0)
        {
            return new VerbatimTranslation("", diagnostics);
        }
        if (UnbalancedBrace(tokens) is { } brace)
        {
            diagnostics.Add(new VerbatimDiagnostic(VerbatimCodes.Fragment, origin.At(brace.Line, brace.Column),
                $"this '{brace.Text}' is {(brace.Text == "{" ? "closed" : "opened")} outside the block: C split across VERBATIM blocks " +
                "around NMODL statements is not supported"));
            return new VerbatimTranslation("", diagnostics);
        }
        var statements = CParser.ParseStatements(tokens, origin, diagnostics, _module.TypeNames);
        var context = new TranslationContext(origin, _module, names, diagnostics);
        var writer = new CodeWriter(origin.File);
        var frame = new Frame(block.ReturnType, block.ReturnsValue, CSharpTypes.Identifier(block.Name) + "_");
        block.Locals.Scope ??= new Scope(_module.Globals);
        block.Locals.Names.UnionWith(block.ReservedNames);
        var translator = new StatementTranslator(context, writer, frame, block.Locals.Names) { Scope = block.Locals.Scope };
        translator.Statements(statements);
        return new VerbatimTranslation(writer.Finish(), diagnostics);
    }

    /// <summary>The fields that hold the static locals of translated functions and blocks (C# has no static locals).</summary>
    public string StaticLocalFields()
    {
        var writer = new CodeWriter(ModFile);
        foreach (var (location, declaration) in _module.HoistedFields)
        {
            writer.MapTo(location.Line);
            writer.Line(declaration);
        }
        return writer.Finish();
    }

    /// <summary>The first '}' without its '{', or the last '{' left open, in the block.</summary>
    private static CToken? UnbalancedBrace(IReadOnlyList<CToken> tokens)
    {
        var open = new Stack<CToken>();
        foreach (var token in tokens)
        {
            if (token.Kind != CTokenKind.Punctuator)
            {
                continue;
            }
            if (token.Text == "{")
            {
                open.Push(token);
            }
            else if (token.Text == "}" && !open.TryPop(out _))
            {
                return token;
            }
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    private IReadOnlyList<CToken> Preprocess(string text, VerbatimOrigin origin, List<VerbatimDiagnostic> diagnostics) =>
        CPreprocessor.Run(CLexer.Tokenize(text, origin, diagnostics), _module.Macros, origin, diagnostics);
}
