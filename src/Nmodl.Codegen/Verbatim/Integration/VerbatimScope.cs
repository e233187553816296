using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Verbatim.Syntax;
using Nmodl.Parser.Syntax;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// Translates the VERBATIM blocks of one NMODL block, in order, sharing their C locals as NEURON's one
/// C function per block does. A block that is only comments or declarations of nothing used adds
/// nothing; a <c>return</c> that ends a block run per instance is dropped (leaving at the end changes nothing).
/// </summary>
public sealed class VerbatimScope
{
    // The names the generated methods declare around the translated statements.
    private static readonly HashSet<string> Reserved =
    [
        "block", "state", "i", "v", "t", "dt", "celsius", "node", "nodeIndex", "voltage", "rhs", "d", "area", "diam",
        "globals", "start", "end", "arguments", "flag", "instance", "netConWeights", "watchesActivated", "saved", "matrix", "b",
    ];

    private readonly ModVerbatim _file;
    private readonly VerbatimHost _host;
    private readonly VerbatimBlockContext _context;

    internal VerbatimScope(ModVerbatim file, string blockName, VerbatimHost host)
    {
        _file = file;
        _host = host;
        var context = host switch
        {
            VerbatimHost.Function => VerbatimBlockContext.Function(blockName),
            VerbatimHost.Procedure => new VerbatimBlockContext(blockName, CType.Int, true),
            _ => VerbatimBlockContext.Block(blockName),
        };
        _context = context with { ReservedNames = Reserved };
    }

    /// <summary>The statement for <paramref name="verbatim"/>, or none (an empty block, a dropped
    /// return, or errors, which are reported). <paramref name="localOf"/> resolves an NMODL LOCAL,
    /// argument or FUNCTION value by name; <paramref name="endsBlock"/> says the VERBATIM is the last
    /// statement of its NMODL block.</summary>
    public ImmutableArray<Stmt> Translate(VerbatimStatement verbatim, Func<string, VarRef?> localOf, bool endsBlock)
    {
        var origin = ModVerbatim.Origin(verbatim.Span);
        var resolver = new MechanismNameResolver(_file.Symbols, localOf, _host == VerbatimHost.Method);
        if (_host == VerbatimHost.Kernel && endsBlock
            && VerbatimClassifier.Classify(verbatim.Text, origin, _context, new MechanismNameResolver(_file.Symbols, localOf, _host == VerbatimHost.Method)).Kind is VerbatimBlockKind.Return or VerbatimBlockKind.ReturnZero)
            return [];
        var translation = _file.Module.TranslateStatements(verbatim.Text, origin, _context, resolver);
        if (!translation.Succeeded && _host is VerbatimHost.Function or VerbatimHost.Procedure)
            return ScriptOnly(translation, verbatim);
        if (!_file.Report(translation, verbatim.Span)) return [];
        var code = _host == VerbatimHost.Kernel && endsBlock ? WithoutFinalReturn(translation.Code) : translation.Code;
        if (_host == VerbatimHost.Kernel && code.Split('\n').Any(line => line.TrimStart().StartsWith("return", StringComparison.Ordinal)))
        {
            _file.Error(VerbatimCodes.UnsupportedConstruct, new CLocation(origin.File, verbatim.Span.Line, verbatim.Span.Column), verbatim.Span,
                $"'return' in VERBATIM inside {_context.Name} leaves NEURON's per-instance C function; here it is supported only as the last statement of the block");
            return [];
        }
        if (code.Split('\n').All(line => line.Trim().Length == 0 || line.StartsWith('#'))) return [];
        return [new VerbatimCode(code, resolver.Operands) { Location = new SourceLocation(verbatim.Span.File, verbatim.Span.Line, verbatim.Span.Column) }];
    }

    /// <summary>A FUNCTION or PROCEDURE whose VERBATIM does not translate becomes a throw, reported once the
    /// whole mechanism is known (<see cref="ModVerbatim.CheckScriptOnly"/>).</summary>
    private ImmutableArray<Stmt> ScriptOnly(VerbatimTranslation translation, VerbatimStatement verbatim)
    {
        var first = translation.Diagnostics.First(d => !d.IsWarning);
        if (!_file.ScriptOnly.ContainsKey(_context.Name)) _file.ScriptOnly[_context.Name] = (translation.Diagnostics, verbatim.Span);
        var what = $"{(_host == VerbatimHost.Function ? "FUNCTION" : "PROCEDURE")} {_context.Name}";
        var message = $"{first.Location.File}:{first.Location.Line}:{first.Location.Column}: {what} cannot run here: its VERBATIM C does not translate ({first.Code}: {first.Message})";
        return [new VerbatimCode($"throw new {Translation.TranslationContext.Runtime}.UntranslatedCodeException({Backends.CSharpNames.String(message)});\n", [])
        {
            Location = new SourceLocation(verbatim.Span.File, verbatim.Span.Line, verbatim.Span.Column),
        }];
    }

    /// <summary>The code without a <c>return;</c> that is its last top-level statement (what C's
    /// <c>return;</c> or <c>return 0;</c> at the end of a block run per instance becomes).</summary>
    private static string WithoutFinalReturn(string code)
    {
        var lines = code.Split('\n').ToList();
        var last = lines.FindLastIndex(line => line.Length > 0 && !line.StartsWith('#'));
        if (last >= 0 && lines[last] == "return;") lines.RemoveAt(last);
        return string.Join('\n', lines);
    }
}
