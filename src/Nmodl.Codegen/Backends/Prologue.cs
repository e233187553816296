using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Backends;

/// <summary>The local aliases a generated method declares before its loop: the arrays its
/// statements touch (so the JIT sees plain locals, not repeated field loads) and the clock.</summary>
public static class Prologue
{
    public static void Write(CodeWriter w, IEnumerable<Stmt> body, bool declareDt = true, IEnumerable<Expr>? extra = null)
    {
        var refs = References(body).Concat((extra ?? []).SelectMany(Variables)).Distinct().ToList();
        w.Line("var nodeIndex = block.NodeIndex;");
        w.Line("var voltage = state.V;");
        w.Line("var rhs = state.Rhs;");
        w.Line("var d = state.D;");
        w.Line("var area = state.Area;");
        w.Line("var diam = state.Diam;");
        w.Line("var globals = block.Globals;");
        w.Line("double t = state.T;");
        if (declareDt) w.Line("double dt = state.Dt;");
        w.Line("double celsius = state.Celsius;");
        foreach (var r in refs.Where(r => r.Storage == Storage.Range).DistinctBy(r => r.Index).OrderBy(r => r.Index))
            w.Line($"var {CSharpNames.FieldArray(r)} = block.Fields[{r.Index}];");
        foreach (var ion in refs.Where(r => r.Storage == Storage.Ion).Select(r => r.Index).Distinct().Order())
            w.Line($"var {CSharpNames.IonIndex(ion)} = block.Ions[{ion}].Index;");
        foreach (var (ion, field) in refs.Where(r => r.Storage == Storage.Ion).Select(r => (r.Index, r.IonField)).Distinct().Order())
            w.Line($"var {CSharpNames.IonArray(ion, field)} = block.Ions[{ion}].Fields[{(int)field}];");
        foreach (var p in refs.Where(r => r.Storage == Storage.Pointer).Select(r => r.Index).Distinct().Order())
        {
            w.Line($"var pointer{p}_target = block.Pointers[{p}].Target;");
            w.Line($"var pointer{p}_offset = block.Pointers[{p}].Offset;");
        }
    }

    public static IEnumerable<VarRef> References(IEnumerable<Stmt> body)
    {
        foreach (var s in ExprRewriter.Walk(body))
        {
            foreach (var r in ExprRewriter.TargetsOf(s)) yield return r;
            if (s is NewtonStep n) foreach (var x in n.States) yield return x;
            if (s is SparseStep p) foreach (var x in p.States) yield return x;
            foreach (var e in ExprRewriter.ExpressionsOf(s))
                foreach (var r in Variables(e)) yield return r;
        }
    }

    public static IEnumerable<VarRef> Variables(Expr e)
    {
        var found = new List<VarRef>();
        ExprRewriter.Mentions(e, r => { found.Add(r); return false; });
        return found;
    }
}
