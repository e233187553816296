using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>nocmodl's analysis of a derivative expression f(x) for cnexp: its derivative df/dx
/// and, when f is linear in x, the split f = A*x + B. Like nocmodl it only differentiates
/// +, -, *, / (dividing by an x-dependent expression, or x inside a function call or a power,
/// makes the derivative invalid, and cnexp falls back to derivimplicit); a product of two
/// x-dependent factors makes f nonlinear, and nocmodl then still uses cnexp's formula with
/// df/dx evaluated at the current x and the constant part dropped. Null components are zero.</summary>
public sealed record LinearForm(Expr? Derivative, Expr? A, Expr? B, bool DerivativeValid, bool Linear)
{
    public static LinearForm Of(Expr f, VarRef x)
    {
        var derivativeValid = true;
        var linear = true;
        var (de, a, b) = Visit(f);
        return new LinearForm(de, a, b, derivativeValid, linear);

        (Expr? De, Expr? A, Expr? B) Visit(Expr e)
        {
            switch (e)
            {
                case Variable v when v.Ref == x:
                    return (1.0, 1.0, null);
                case Number or Variable:
                    return (null, null, e);
                case Unary { Op: UnaryOp.Negate } u:
                {
                    var (d, ca, cb) = Visit(u.Operand);
                    return (Neg(d), Neg(ca), Neg(cb));
                }
                case Binary { Op: BinaryOp.Add or BinaryOp.Subtract } s:
                {
                    var l = Visit(s.Left);
                    var r = Visit(s.Right);
                    var add = s.Op == BinaryOp.Add;
                    return (Combine(l.De, r.De, add), Combine(l.A, r.A, add), Combine(l.B, r.B, add));
                }
                case Binary { Op: BinaryOp.Multiply } m:
                {
                    var l = Visit(m.Left);
                    var r = Visit(m.Right);
                    Expr? d = (l.De, r.De) switch
                    {
                        ({ } dl, { } dr) => dl * m.Right + m.Left * dr,
                        ({ } dl, null) => dl * m.Right,
                        (null, { } dr) => m.Left * dr,
                        _ => null,
                    };
                    Expr? ca = null;
                    if (l.A is not null && r.A is not null) linear = false;
                    else if (l.A is not null) ca = r.B is null ? null : l.A * r.B;
                    else if (r.A is not null) ca = l.B is null ? null : l.B * r.A;
                    var cb = l.B is not null && r.B is not null ? l.B * r.B : null;
                    return (d, ca, cb);
                }
                case Binary { Op: BinaryOp.Divide } q:
                {
                    var l = Visit(q.Left);
                    var r = Visit(q.Right);
                    if (r.De is not null) derivativeValid = false;
                    if (r.A is not null) linear = false;
                    return (r.De is null && l.De is not null ? new Binary(BinaryOp.Divide, l.De, q.Right) : null,
                        r.A is null && l.A is not null ? new Binary(BinaryOp.Divide, l.A, q.Right) : null,
                        l.B is not null ? new Binary(BinaryOp.Divide, l.B, q.Right) : null);
                }
                default:
                    if (ExprRewriter.Mentions(e, x))
                    {
                        derivativeValid = false;
                        linear = false;
                    }
                    return (null, null, e);
            }
        }

        static Expr? Neg(Expr? e) => e is null ? null : -e;

        static Expr? Combine(Expr? l, Expr? r, bool add) => (l, r) switch
        {
            ({ }, { }) => add ? l + r : l - r,
            ({ }, null) => l,
            (null, { }) => add ? r : -r,
            _ => null,
        };
    }
}
