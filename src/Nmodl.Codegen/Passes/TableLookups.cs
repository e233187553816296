using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Makes the calls of tabulated FUNCTIONs and PROCEDUREs explicit lookups
/// (<see cref="TableLookup"/>), so that the SIMD backend can interpolate the table for several
/// instances at once: a PROCEDURE call statement, and a FUNCTION call that is the whole value of
/// an assignment (<c>x = f(v)</c>, also what the inliner hoists a call into). Other calls stay calls.</summary>
public static class TableLookups
{
    public static ImmutableArray<Stmt> Apply(ImmutableArray<Stmt> body, IReadOnlyList<FunctionIr> functions)
    {
        var tabulated = functions.Where(f => f.Table is not null && f.Parameters.Length == 1).ToDictionary(f => f.Name);
        return tabulated.Count == 0 ? body : Rewrite(body);

        ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> statements) => [.. statements.Select(s => s switch
        {
            CallStmt { Call: { IsUser: true } c } when tabulated.TryGetValue(c.Function, out var f) && !f.IsFunction =>
                new TableLookup(f.Name, c.Arguments[0], [.. f.Table!.Targets.Select(t => (t.Name, t))], f.Table.Intervals, false) { Location = s.Location },
            Assign { Value: Call { IsUser: true } c } a when tabulated.TryGetValue(c.Function, out var f) && f.IsFunction =>
                new TableLookup(f.Name, c.Arguments[0], [(f.Name, a.Target)], f.Table!.Intervals, true) { Location = s.Location },
            If i => i with { Then = Rewrite(i.Then), Else = Rewrite(i.Else) },
            While w => w with { Body = Rewrite(w.Body) },
            For l => l with { Body = Rewrite(l.Body) },
            Block b => b with { Body = Rewrite(b.Body) },
            ForNetCons l => l with { Body = Rewrite(l.Body) },
            _ => s,
        })];
    }
}
