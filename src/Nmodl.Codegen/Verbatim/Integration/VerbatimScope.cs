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

    /// <summary>The statements of one NMODL body: <paramref name="bind"/> binds each, except where C is split
    /// across VERBATIM blocks (a block leaves braces open that a later block of the same body closes): that run
    /// of blocks and the NMODL statements between them is translated as one C unit (<see cref="SplitVerbatim"/>).
    /// <paramref name="endsBlock"/> says a statement is the last of the NMODL block.</summary>
    public IEnumerable<Stmt> Bind(IReadOnlyList<Statement> statements, Func<Statement, IEnumerable<Stmt>> bind, Func<string, VarRef?> localOf, Func<Statement, bool> endsBlock)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (SplitEnd(statements, i) is not { } last)
            {
                foreach (var s in bind(statements[i])) yield return s;
                continue;
            }
            var pieces = new List<VerbatimStatement>();
            var runs = new List<List<Stmt>>();
            for (var j = i; j <= last; j++)
            {
                if (statements[j] is VerbatimStatement piece)
                {
                    pieces.Add(piece);
                    if (j < last) runs.Add([]);
                }
                else runs[^1].AddRange(bind(statements[j]));
            }
            foreach (var s in TranslateSplit(pieces, runs, localOf, endsBlock(statements[last]))) yield return s;
            i = last;
        }
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
        if (Checked(translation, verbatim, endsBlock) is not { } code) return translation.Succeeded ? [] : Failed(translation, verbatim);
        if (code.Split('\n').All(line => line.Trim().Length == 0 || line.StartsWith('#'))) return [];
        return [Code(code, resolver, verbatim)];
    }

    /// <summary>Blocks <paramref name="pieces"/> with the runs of NMODL statements between them, translated as one C unit.</summary>
    private ImmutableArray<Stmt> TranslateSplit(List<VerbatimStatement> pieces, List<List<Stmt>> runs, Func<string, VarRef?> localOf, bool endsBlock)
    {
        var resolver = new MechanismNameResolver(_file.Symbols, localOf, _host == VerbatimHost.Method);
        var text = SplitVerbatim.Join([.. pieces.Select(p => (p.Text, ModVerbatim.Origin(p.Span)))]);
        var translation = _file.Module.TranslateStatements(text, ModVerbatim.Origin(pieces[0].Span), _context, resolver);
        if (Checked(translation, pieces[0], endsBlock) is not { } code) return translation.Succeeded ? [] : Failed(translation, pieces[0]);
        if (SplitVerbatim.Cut(code, [.. pieces.Select(p => p.Span.Line)]) is not { } chunks)
        {
            var at = pieces[0].Span;
            _file.Error(VerbatimCodes.Fragment, new CLocation(at.File, at.Line, at.Column), at,
                "the NMODL statements between these VERBATIM blocks have no place of their own in the C they split (it drops or repeats them)");
            return [];
        }
        var statements = ImmutableArray.CreateBuilder<Stmt>();
        for (var k = 0; k < chunks.Count; k++)
        {
            statements.Add(Code(chunks[k], resolver, pieces[k]));
            if (k < runs.Count) statements.AddRange(runs[k]);
        }
        return statements.ToImmutable();
    }

    /// <summary>The C# of a successful translation, reported, its final return dropped where a kernel ends; null
    /// when it failed or returns where a kernel cannot.</summary>
    private string? Checked(VerbatimTranslation translation, VerbatimStatement verbatim, bool endsBlock)
    {
        if (!translation.Succeeded && _host is VerbatimHost.Function or VerbatimHost.Procedure) return null;
        if (!_file.Report(translation, verbatim.Span)) return null;
        var code = _host == VerbatimHost.Kernel && endsBlock ? WithoutFinalReturn(translation.Code) : translation.Code;
        if (_host == VerbatimHost.Kernel && code.Split('\n').Any(line => line.TrimStart().StartsWith("return", StringComparison.Ordinal)))
        {
            _file.Error(VerbatimCodes.UnsupportedConstruct, new CLocation(verbatim.Span.File, verbatim.Span.Line, verbatim.Span.Column), verbatim.Span,
                $"'return' in VERBATIM inside {_context.Name} leaves NEURON's per-instance C function; here it is supported only as the last statement of the block");
            return null;
        }
        return code;
    }

    private ImmutableArray<Stmt> Failed(VerbatimTranslation translation, VerbatimStatement verbatim) =>
        _host is VerbatimHost.Function or VerbatimHost.Procedure ? ScriptOnly(translation, verbatim) : [];

    private static VerbatimCode Code(string code, MechanismNameResolver resolver, VerbatimStatement verbatim) =>
        new(code, resolver.Operands) { Location = new SourceLocation(verbatim.Span.File, verbatim.Span.Line, verbatim.Span.Column) };

    /// <summary>The last statement of the run that starts at <paramref name="first"/> when it is a VERBATIM block
    /// leaving braces open that a later VERBATIM block of the same body closes; otherwise null.</summary>
    private static int? SplitEnd(IReadOnlyList<Statement> statements, int first)
    {
        if (statements[first] is not VerbatimStatement opening) return null;
        var depth = SplitVerbatim.BraceDepth(opening.Text, ModVerbatim.Origin(opening.Span));
        if (depth <= 0) return null;
        for (var j = first + 1; j < statements.Count; j++)
        {
            if (statements[j] is not VerbatimStatement piece) continue;
            depth += SplitVerbatim.BraceDepth(piece.Text, ModVerbatim.Origin(piece.Span));
            if (depth == 0) return j;
            if (depth < 0) return null;
        }
        return null;
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
