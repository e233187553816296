using Nmodl.Codegen.Ir;
using Nrn.Abi;
using static Nmodl.Codegen.Tests.Support.MechanismBuilder;

namespace Nmodl.Codegen.Tests.Support;

/// <summary>A Hodgkin-Huxley-like mechanism as the binder would lower it: rates in a PROCEDURE
/// writing GLOBALs, a FUNCTION with an if (the removable singularity of x/(exp(x/y) - 1)),
/// sodium and potassium currents through ions, a leak, cnexp states.</summary>
public static class HhLike
{
    public static MechanismIr Build(string name = "hhlike")
    {
        var m = new MechanismBuilder(name);
        var gnabar = m.Range("gnabar", VariableKind.Parameter, 0.12, "S/cm2");
        var gkbar = m.Range("gkbar", VariableKind.Parameter, 0.036, "S/cm2");
        var gl = m.Range("gl", VariableKind.Parameter, 0.0003, "S/cm2");
        var el = m.Range("el", VariableKind.Parameter, -54.3, "mV");
        var gna = m.Range("gna", VariableKind.Assigned, 0, "S/cm2");
        var gk = m.Range("gk", VariableKind.Assigned, 0, "S/cm2");
        var il = m.Range("il", VariableKind.Assigned, 0, "mA/cm2");
        var ina = m.Range("ina", VariableKind.Assigned, 0, "mA/cm2");
        var ik = m.Range("ik", VariableKind.Assigned, 0, "mA/cm2");
        var mm = m.Range("m", VariableKind.State);
        var hh = m.Range("h", VariableKind.State);
        var nn = m.Range("n", VariableKind.State);
        var minf = m.Global("minf", VariableKind.Assigned);
        var hinf = m.Global("hinf", VariableKind.Assigned);
        var ninf = m.Global("ninf", VariableKind.Assigned);
        var mtau = m.Global("mtau", VariableKind.Assigned, 0, "ms");
        var htau = m.Global("htau", VariableKind.Assigned, 0, "ms");
        var ntau = m.Global("ntau", VariableKind.Assigned, 0, "ms");
        m.Ions.Add(new IonUse("na", [IonField.Erev], [IonField.Current], null));
        m.Ions.Add(new IonUse("k", [IonField.Erev], [IonField.Current], null));
        m.Currents.Add(new CurrentInfo(ina, 0));
        m.Currents.Add(new CurrentInfo(ik, 1));
        m.Currents.Add(new CurrentInfo(il, null));
        var ena = VarRef.Ion("ena", 0, IonField.Erev);
        var ek = VarRef.Ion("ek", 1, IonField.Erev);

        Expr v = VarRef.Argument("v", 0);
        var alpha = VarRef.Local("alpha");
        var beta = VarRef.Local("beta");
        var sum = VarRef.Local("sum");
        var q10 = VarRef.Local("q10");
        Expr Exp(Expr e) => Call.Math("exp", e);
        Expr Vtrap(Expr x, Expr y) => Call.User("vtrap", x, y);
        var rates = new FunctionIr("rates", ["v"], Body(
            new LocalDecl(["alpha", "beta", "sum", "q10"]),
            Set(q10, new Binary(BinaryOp.Power, 3.0, ((Expr)VarRef.Celsius - 6.3) / 10.0), 20),
            Set(alpha, 0.1 * Vtrap(-(v + 40.0), 10.0), 21),
            Set(beta, 4.0 * Exp(-(v + 65.0) / 18.0), 22),
            Set(sum, (Expr)alpha + beta),
            Set(mtau, 1.0 / ((Expr)q10 * sum)),
            Set(minf, (Expr)alpha / sum),
            Set(alpha, 0.07 * Exp(-(v + 65.0) / 20.0)),
            Set(beta, 1.0 / (Exp(-(v + 35.0) / 10.0) + 1.0)),
            Set(sum, (Expr)alpha + beta),
            Set(htau, 1.0 / ((Expr)q10 * sum)),
            Set(hinf, (Expr)alpha / sum),
            Set(alpha, 0.01 * Vtrap(-(v + 55.0), 10.0)),
            Set(beta, 0.125 * Exp(-(v + 65.0) / 80.0)),
            Set(sum, (Expr)alpha + beta),
            Set(ntau, 1.0 / ((Expr)q10 * sum)),
            Set(ninf, (Expr)alpha / sum)), IsFunction: false);
        Expr x = VarRef.Argument("x", 0);
        Expr y = VarRef.Argument("y", 1);
        var vtrap = VarRef.Local("vtrap");
        var vtrapFunction = new FunctionIr("vtrap", ["x", "y"], Body(
            new If(new Binary(BinaryOp.Less, Call.Math("fabs", x / y), 1e-6),
                Body(Set(vtrap, y * (1.0 - x / y / 2.0))),
                Body(Set(vtrap, x / (Exp(x / y) - 1.0))))), IsFunction: true);

        return new MechanismIr(m.Info())
        {
            Initial = Body(
                new CallStmt(Call.User("rates", VarRef.V)),
                Set(mm, minf), Set(hh, hinf), Set(nn, ninf)),
            Breakpoint = Body(
                new Solve("states", SolveMethod.Cnexp, false),
                Set(gna, (Expr)gnabar * mm * mm * mm * hh, 40),
                Set(ina, (Expr)gna * ((Expr)VarRef.V - ena), 41),
                Set(gk, (Expr)gkbar * nn * nn * nn * nn, 42),
                Set(ik, (Expr)gk * ((Expr)VarRef.V - ek), 43),
                Set(il, (Expr)gl * ((Expr)VarRef.V - el), 44)),
            Solvables =
            [
                new SolvableBlock("states", SolvableKind.Derivative, Body(
                    new CallStmt(Call.User("rates", VarRef.V)),
                    new Derivative(mm, ((Expr)minf - mm) / mtau),
                    new Derivative(hh, ((Expr)hinf - hh) / htau),
                    new Derivative(nn, ((Expr)ninf - nn) / ntau))),
            ],
            Functions = [rates, vtrapFunction],
        };
    }

    /// <summary>Ion bindings for <paramref name="count"/> instances on nodes 0..count-1.</summary>
    public static IonBinding[] Ions(int nodes, int capacity)
    {
        IonBinding Ion(double erev)
        {
            var fields = Enumerable.Range(0, 5).Select(_ => new double[nodes]).ToArray();
            Array.Fill(fields[(int)IonField.Erev], erev);
            var index = new int[capacity];
            for (var i = 0; i < Math.Min(nodes, capacity); i++) index[i] = i;
            return new IonBinding(fields, index, 1);
        }
        return [Ion(50), Ion(-77)];
    }
}
