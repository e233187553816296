using Nmodl.Codegen.Ir;
using Nrn.Abi;

namespace Nmodl.Codegen.Backends;

/// <summary>Prints IR expressions as <c>Vector256&lt;double&gt;</c> C#. Comparisons give lane masks
/// (all bits set for true), turned into 1.0/0.0 where a value is needed, as C does.</summary>
public sealed class VectorExpressions(bool vectorMath, IReadOnlySet<int> promotedGlobals)
{
    public static string IonLocal(int ion, IonField field) => $"vion{ion}_{field}";

    public string Value(Expr e) => e switch
    {
        Number n => $"Vector256.Create({CSharpNames.Literal(n.Value)})",
        Variable v => Name(v.Ref),
        Unary { Op: UnaryOp.Negate } u => $"(-{Value(u.Operand)})",
        Unary or Binary { Op: BinaryOp.And or BinaryOp.Or } => FromMask(Mask(e)),
        Binary b when Operators.IsComparison(b.Op) => FromMask(Mask(b)),
        Binary { Op: BinaryOp.Power } b => $"Lanes_pow({Value(b.Left)}, {Value(b.Right)})",
        Binary b => $"({Value(b.Left)} {Operators.Symbol(b.Op)} {Value(b.Right)})",
        Call { IsUser: false } c => Math(c),
        _ => throw new InvalidOperationException($"internal error: '{e}' cannot be vectorized"),
    };

    public string Mask(Expr e) => e switch
    {
        Unary { Op: UnaryOp.Not } u => $"Vector256.OnesComplement({Mask(u.Operand)})",
        Binary { Op: BinaryOp.And } b => $"({Mask(b.Left)} & {Mask(b.Right)})",
        Binary { Op: BinaryOp.Or } b => $"({Mask(b.Left)} | {Mask(b.Right)})",
        Binary { Op: BinaryOp.Less } b => $"Vector256.LessThan({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.LessEqual } b => $"Vector256.LessThanOrEqual({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.Greater } b => $"Vector256.GreaterThan({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.GreaterEqual } b => $"Vector256.GreaterThanOrEqual({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.Equal } b => $"Vector256.Equals({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.NotEqual } b => $"Vector256.OnesComplement(Vector256.Equals({Value(b.Left)}, {Value(b.Right)}))",
        _ => $"Vector256.OnesComplement(Vector256.Equals({Value(e)}, Vector256<double>.Zero))",
    };

    private static string FromMask(string mask) => $"Vector256.ConditionalSelect({mask}, Vector256.Create(1.0), Vector256<double>.Zero)";

    private string Math(Call c)
    {
        var a = c.Arguments.Select(Value).ToArray();
        return c.Function switch
        {
            "exp" when vectorMath => $"Vector256.Exp({a[0]})",
            "log" when vectorMath => $"Vector256.Log({a[0]})",
            "fabs" => $"Vector256.Abs({a[0]})",
            "sqrt" => $"Vector256.Sqrt({a[0]})",
            "floor" => $"Vector256.Floor({a[0]})",
            "ceil" => $"Vector256.Ceiling({a[0]})",
            _ => $"Lanes_{c.Function}({string.Join(", ", a)})",
        };
    }

    public string Name(VarRef r) => r.Storage switch
    {
        Storage.Range => $"r{r.Index}",
        Storage.Global => promotedGlobals.Contains(r.Index) ? $"pg{r.Index}" : $"g{r.Index}",
        Storage.Ion => IonLocal(r.Index, r.IonField),
        Storage.Voltage => "v",
        Storage.Local => CSharpNames.Local(r.Name),
        Storage.Time => "vt",
        Storage.Dt => "vdt",
        Storage.Celsius => "vcelsius",
        Storage.Area => "varea",
        Storage.Diam => "vdiam",
        _ => throw new InvalidOperationException($"internal error: '{r.Name}' ({r.Storage}) cannot be vectorized"),
    };
}
