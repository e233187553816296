using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Replaces calls of user FUNCTIONs and PROCEDUREs by their bodies (parameters and
/// LOCALs renamed apart), so kernels become straight-line code the SIMD backend can vectorize.
/// Calls inside an expression are hoisted into a temporary first. Not inlined: functions with a
/// TABLE (they keep their table lookup), functions with VERBATIM C (its return statements leave
/// the function), recursive calls, and calls in while conditions or under
/// &amp;&amp;/|| (hoisting would evaluate them when C would not).</summary>
public sealed class Inliner(IReadOnlyList<FunctionIr> functions)
{
    private const int MaxDepth = 16;
    private readonly Dictionary<string, FunctionIr> _functions = functions.ToDictionary(f => f.Name);
    private int _counter;

    public ImmutableArray<Stmt> Inline(ImmutableArray<Stmt> body) => Inline(body, []);

    private ImmutableArray<Stmt> Inline(ImmutableArray<Stmt> body, ImmutableHashSet<string> active)
    {
        var output = ImmutableArray.CreateBuilder<Stmt>();
        foreach (var s in body) output.AddRange(InlineOne(s, active));
        return output.ToImmutable();
    }

    private IEnumerable<Stmt> InlineOne(Stmt s, ImmutableHashSet<string> active)
    {
        if (s is CallStmt { Call: { IsUser: true } call } && CanInline(call, active))
        {
            var hoisted = new List<Stmt>();
            var args = call.Arguments.Select(a => Hoist(a, hoisted, active)).ToImmutableArray();
            foreach (var h in hoisted) yield return h;
            yield return Expand(call with { Arguments = args }, null, active, s.Location);
            yield break;
        }
        switch (s)
        {
            case If i:
            {
                var hoisted = new List<Stmt>();
                var condition = Hoist(i.Condition, hoisted, active);
                foreach (var h in hoisted) yield return h;
                yield return i with { Condition = condition, Then = Inline(i.Then, active), Else = Inline(i.Else, active) };
                yield break;
            }
            case While w:
                yield return w with { Body = Inline(w.Body, active) };
                yield break;
            case For l:
                yield return l with { Body = Inline(l.Body, active) };
                yield break;
            case Block b:
                yield return b with { Body = Inline(b.Body, active) };
                yield break;
            case ForNetCons l:
                yield return l with { Body = Inline(l.Body, active) };
                yield break;
            case NewtonStep n:
                yield return n with { Body = Inline(n.Body, active) };
                yield break;
            case SparseStep n:
                yield return n with { Body = Inline(n.Body, active) };
                yield break;
        }
        var pending = new List<Stmt>();
        var rewritten = ExprRewriter.RewriteStatements([s], e => Hoist(e, pending, active))[0];
        foreach (var h in pending) yield return h;
        yield return rewritten;
    }

    private bool CanInline(Call call, ImmutableHashSet<string> active) =>
        _functions.TryGetValue(call.Function, out var f) && f.Table is null && !active.Contains(f.Name) && active.Count < MaxDepth
        && !ExprRewriter.Walk(f.Body).Any(s => s is VerbatimCode);

    /// <summary>Replaces inlinable user calls in <paramref name="e"/> by temporaries computed by statements added to <paramref name="pending"/>.</summary>
    private Expr Hoist(Expr e, List<Stmt> pending, ImmutableHashSet<string> active)
    {
        switch (e)
        {
            case Binary { Op: BinaryOp.And or BinaryOp.Or }:
                return e;
            case Binary b:
                return b with { Left = Hoist(b.Left, pending, active), Right = Hoist(b.Right, pending, active) };
            case Unary u:
                return u with { Operand = Hoist(u.Operand, pending, active) };
            case Call c:
            {
                var args = c.Arguments.Select(a => Hoist(a, pending, active)).ToImmutableArray();
                var call = c with { Arguments = args };
                if (!c.IsUser || !CanInline(call, active) || !_functions[c.Function].IsFunction) return call;
                var result = VarRef.Local($"{c.Function}_r{_counter++}");
                pending.Add(new LocalDecl([result.Name]));
                pending.Add(Expand(call, result, active, SourceLocation.None));
                return result;
            }
            default:
                return e;
        }
    }

    private Block Expand(Call call, VarRef? result, ImmutableHashSet<string> active, SourceLocation location)
    {
        var f = _functions[call.Function];
        var suffix = $"_i{_counter++}";
        var parameters = f.Parameters.Select(p => VarRef.Local(p + suffix)).ToArray();
        VarRef Rename(VarRef r) => r.Storage switch
        {
            Storage.Local => r with { Name = r.Name + suffix },
            Storage.Argument => parameters[r.Index],
            _ => r,
        };
        var renamed = RenameLocals(f.Body, Rename, suffix);
        var output = ImmutableArray.CreateBuilder<Stmt>();
        var declared = parameters.Select(p => p.Name).ToList();
        if (f.IsFunction) declared.Add(f.Name + suffix);
        output.Add(new LocalDecl([.. declared]));
        for (var i = 0; i < parameters.Length; i++) output.Add(new Assign(parameters[i], call.Arguments[i]) { Location = location });
        output.AddRange(Inline(renamed, active.Add(f.Name)));
        if (result is not null) output.Add(new Assign(result, VarRef.Local(f.Name + suffix)));
        return new Block(output.ToImmutable()) { Location = location };
    }

    private static ImmutableArray<Stmt> RenameLocals(ImmutableArray<Stmt> body, Func<VarRef, VarRef> rename, string suffix)
    {
        var rewritten = ExprRewriter.RewriteStatements(body, e => ExprRewriter.Substitute(e, r => r.Storage is Storage.Local or Storage.Argument ? (Expr)rename(r) : null), rename);
        return Declarations(rewritten);

        ImmutableArray<Stmt> Declarations(ImmutableArray<Stmt> xs) => [.. xs.Select(s => s switch
        {
            LocalDecl d => d with { Names = [.. d.Names.Select(n => n + suffix)] },
            If i => i with { Then = Declarations(i.Then), Else = Declarations(i.Else) },
            While w => w with { Body = Declarations(w.Body) },
            For l => l with { Body = Declarations(l.Body) },
            Block b => b with { Body = Declarations(b.Body) },
            ForNetCons l => l with { Body = Declarations(l.Body) },
            SparseStep n => n with { Body = Declarations(n.Body) },
            NewtonStep n => n with { Body = Declarations(n.Body), DerivativeLocals = [.. n.DerivativeLocals.Select(l => l + suffix)] },
            _ => s,
        })];
    }
}
