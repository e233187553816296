using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Verbatim;

/// <summary>The FUNCTIONs and PROCEDUREs a simulation can call: those called, directly or through others,
/// from INITIAL, BREAKPOINT (and the PROCEDUREs it SOLVEs), the integrated blocks, NET_RECEIVE,
/// BEFORE/AFTER blocks and WATCH conditions.</summary>
internal static class ScriptOnlyCalls
{
    public static HashSet<string> Reachable(MechanismIr m)
    {
        var bodies = m.Functions.ToDictionary(f => f.Name, f => f.Body);
        var roots = new[] { m.Initial, m.Breakpoint, m.NetReceive ?? [], m.NetReceiveInitial ?? [], m.Constructor ?? [], m.Destructor ?? [] }
            .Concat(m.Solvables.Select(s => s.Body)).Concat(m.BeforeAfter.Select(b => b.Body));
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots.SelectMany(r => Calls(r)).Concat(m.Watches.SelectMany(CallsIn)));
        while (pending.TryPop(out var name))
        {
            if (!reached.Add(name) || !bodies.TryGetValue(name, out var body)) continue;
            foreach (var callee in Calls(body)) pending.Push(callee);
        }
        return reached;
    }

    private static IEnumerable<string> Calls(IEnumerable<Stmt> body) =>
        ExprRewriter.Walk(body).SelectMany(s => s is Solve { Method: SolveMethod.AfterCvode } solve
            ? [solve.BlockName]
            : ExprRewriter.ExpressionsOf(s).SelectMany(CallsIn));

    private static IEnumerable<string> CallsIn(Expr e)
    {
        var names = new List<string>();
        ExprRewriter.Rewrite(e, x =>
        {
            if (x is Call { IsUser: true } c) names.Add(c.Function);
            return x;
        });
        return names;
    }
}
