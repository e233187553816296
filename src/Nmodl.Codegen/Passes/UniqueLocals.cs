using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Renames LOCALs so that no name is declared twice in one generated method: C# forbids
/// a nested scope from reusing a name of an enclosing one, which NMODL allows (a DERIVATIVE block's
/// LOCAL next to INITIAL's, an inlined body inside its caller).</summary>
public static class UniqueLocals
{
    public static ImmutableArray<Stmt> Apply(ImmutableArray<Stmt> body, IEnumerable<string>? reserved = null)
    {
        var used = new HashSet<string>(reserved ?? []);
        return Scope(body, ImmutableDictionary<string, string>.Empty, used);
    }

    private static ImmutableArray<Stmt> Scope(ImmutableArray<Stmt> body, ImmutableDictionary<string, string> names, HashSet<string> used)
    {
        var output = ImmutableArray.CreateBuilder<Stmt>();
        foreach (var s in body)
        {
            if (s is LocalDecl d)
            {
                var fresh = new List<string>();
                foreach (var n in d.Names)
                {
                    var unique = n;
                    for (var k = 1; used.Contains(unique); k++) unique = $"{n}_{k}";
                    used.Add(unique);
                    names = names.SetItem(n, unique);
                    fresh.Add(unique);
                }
                output.Add(d with { Names = [.. fresh] });
                continue;
            }
            if (s is NewtonStep or SparseStep)
            {
                // Their bodies become methods of their own, with their own locals.
                output.Add(s);
                continue;
            }
            var current = names;
            var renamed = ExprRewriter.RewriteStatements([Shallow(s)], e => ExprRewriter.Substitute(e, r => Rename(r, current)), r => (Rename(r, current) as Variable)?.Ref ?? r)[0];
            output.Add(renamed switch
            {
                If i => i with { Then = Scope(((If)s).Then, current, used), Else = Scope(((If)s).Else, current, used) },
                While w => w with { Body = Scope(((While)s).Body, current, used) },
                For l => l with { Body = Scope(((For)s).Body, current, used) },
                Block b => b with { Body = Scope(((Block)s).Body, current, used) },
                _ => renamed,
            });
        }
        return output.ToImmutable();
    }

    /// <summary>The statement without its nested statements (those are renamed in their own scope).</summary>
    private static Stmt Shallow(Stmt s) => s switch
    {
        If i => i with { Then = [], Else = [] },
        While w => w with { Body = [] },
        For l => l with { Body = [] },
        Block b => b with { Body = [] },
        _ => s,
    };

    private static Expr? Rename(VarRef r, ImmutableDictionary<string, string> names) =>
        r.Storage == Storage.Local && names.TryGetValue(r.Name, out var n) && n != r.Name ? (Expr)VarRef.Local(n) : null;
}
