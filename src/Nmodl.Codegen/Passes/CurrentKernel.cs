using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nrn.Abi;

namespace Nmodl.Codegen.Passes;

/// <summary>Builds ComputeCurrent the way nocmodl's nrn_cur does: evaluate BREAKPOINT at v+0.001
/// and at v; the conductance is the difference quotient, the rhs the current at v; ionic currents
/// and their dI/dv go to the ion; a point process scales by 1e2/area (nA to mA/cm2); an
/// ELECTRODE_CURRENT enters the node with the opposite sign. With CONDUCTANCE statements nocmodl
/// evaluates BREAKPOINT once, at v: the conductance is the sum of the hinted ones (only those; a
/// current without a hint adds nothing to it), and each hint with USEION is the ion's dI/dv.</summary>
public static class CurrentKernel
{
    public static ImmutableArray<Stmt> Build(MechanismInfo info, ImmutableArray<Stmt> breakpoint, ImmutableArray<ConductanceHint> hints)
    {
        if (info.Currents.Count == 0) return [];
        var body = breakpoint.Where(s => s is not Solve).ToImmutableArray();
        if (!hints.IsEmpty) return Hinted(info, body, hints);
        var node = VarRef.Local("_vnode");
        var g = VarRef.Local("_g");
        var rhs = VarRef.Local("_rhs");
        var ionic = info.Currents.Where(c => c.IonBinding is not null).ToArray();
        var saved = ionic.Select(c => VarRef.Local("_d" + c.Variable.Name)).ToArray();
        var point = info.Kind == MechanismKind.PointProcess;
        var output = ImmutableArray.CreateBuilder<Stmt>();

        output.Add(new LocalDecl([node.Name, g.Name, rhs.Name, .. saved.Select(s => s.Name)]));
        output.Add(new Assign(node, VarRef.V));
        output.Add(new Assign(VarRef.V, (Expr)node + 0.001));
        output.Add(new Block(body));
        output.Add(new Assign(g, Sum(info.Currents)));
        for (var k = 0; k < ionic.Length; k++) output.Add(new Assign(saved[k], ionic[k].Variable));
        output.Add(new Assign(VarRef.V, node));
        output.Add(new Block(body));
        output.Add(new Assign(rhs, Sum(info.Currents)));
        for (var k = 0; k < ionic.Length; k++)
        {
            var slope = new Binary(BinaryOp.Divide, (Expr)saved[k] - ionic[k].Variable, 0.001);
            output.Add(new Accumulate(IonRef(ionic[k], IonField.DCurrentDv), point ? PerArea(slope * 1.0e2) : slope));
        }
        output.Add(new Assign(g, new Binary(BinaryOp.Divide, (Expr)g - rhs, 0.001)));
        Finish(output, info, g, rhs);
        return output.ToImmutable();
    }

    private static ImmutableArray<Stmt> Hinted(MechanismInfo info, ImmutableArray<Stmt> body, ImmutableArray<ConductanceHint> hints)
    {
        var g = VarRef.Local("_g");
        var rhs = VarRef.Local("_rhs");
        var output = ImmutableArray.CreateBuilder<Stmt>();
        output.Add(new LocalDecl([g.Name, rhs.Name]));
        output.Add(new Block(body));
        output.Add(new Assign(rhs, Sum(info.Currents)));
        Expr conductance = hints[0].Conductance;
        for (var k = 1; k < hints.Length; k++) conductance = conductance + hints[k].Conductance;
        output.Add(new Assign(g, conductance));
        foreach (var hint in hints.Where(h => h.IonBinding is not null))
        {
            var slope = VarRef.Ion(hint.Conductance.Name + "_" + IonField.DCurrentDv, hint.IonBinding!.Value, IonField.DCurrentDv);
            output.Add(new Accumulate(slope, info.Kind == MechanismKind.PointProcess ? PerArea((Expr)hint.Conductance * 1.0e2) : hint.Conductance));
        }
        Finish(output, info, g, rhs);
        return output.ToImmutable();
    }

    /// <summary>Ionic currents into their ions, the point-process scaling, and the node's rhs and d.</summary>
    private static void Finish(ImmutableArray<Stmt>.Builder output, MechanismInfo info, VarRef g, VarRef rhs)
    {
        var point = info.Kind == MechanismKind.PointProcess;
        foreach (var c in info.Currents.Where(c => c.IonBinding is not null))
            output.Add(new Accumulate(IonRef(c, IonField.Current), point ? PerArea((Expr)c.Variable * 1.0e2) : c.Variable));
        if (point)
        {
            output.Add(new Assign(g, (Expr)g * PerArea(1.0e2)));
            output.Add(new Assign(rhs, (Expr)rhs * PerArea(1.0e2)));
        }
        output.Add(new Accumulate(VarRef.Rhs, info.IsElectrodeCurrent ? rhs : -(Expr)rhs));
        output.Add(new Accumulate(VarRef.D, info.IsElectrodeCurrent ? -(Expr)g : g));
    }

    private static Expr PerArea(Expr numerator) => new Binary(BinaryOp.Divide, numerator, VarRef.Area);

    private static Expr Sum(IReadOnlyList<CurrentInfo> currents)
    {
        Expr sum = currents[0].Variable;
        for (var k = 1; k < currents.Count; k++) sum = sum + currents[k].Variable;
        return sum;
    }

    private static VarRef IonRef(CurrentInfo c, IonField field) => VarRef.Ion(c.Variable.Name + "_" + field, c.IonBinding!.Value, field);
}
