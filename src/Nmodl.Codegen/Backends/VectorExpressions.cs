using Nmodl.Codegen.Ir;
using Nrn.Abi;

namespace Nmodl.Codegen.Backends;

/// <summary>Prints IR expressions as <c>Vector256&lt;double&gt;</c> or <c>Vector512&lt;double&gt;</c> C#. Comparisons give lane masks
/// (all bits set for true), turned into 1.0/0.0 where a value is needed, as C does.</summary>
public sealed class VectorExpressions(VectorShape shape, bool vectorMath, IReadOnlySet<int> promotedGlobals)
{
    private string V => shape.Name;

    public static string IonLocal(int ion, IonField field) => $"vion{ion}_{field}";

    public string Value(Expr e) => e switch
    {
        Number n => $"{V}.Create({CSharpNames.Literal(n.Value)})",
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
        Unary { Op: UnaryOp.Not } u => $"{V}.OnesComplement({Mask(u.Operand)})",
        Binary { Op: BinaryOp.And } b => $"({Mask(b.Left)} & {Mask(b.Right)})",
        Binary { Op: BinaryOp.Or } b => $"({Mask(b.Left)} | {Mask(b.Right)})",
        Binary { Op: BinaryOp.Less } b => $"{V}.LessThan({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.LessEqual } b => $"{V}.LessThanOrEqual({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.Greater } b => $"{V}.GreaterThan({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.GreaterEqual } b => $"{V}.GreaterThanOrEqual({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.Equal } b => $"{V}.Equals({Value(b.Left)}, {Value(b.Right)})",
        Binary { Op: BinaryOp.NotEqual } b => $"{V}.OnesComplement({V}.Equals({Value(b.Left)}, {Value(b.Right)}))",
        _ => $"{V}.OnesComplement({V}.Equals({Value(e)}, {V}<double>.Zero))",
    };

    private string FromMask(string mask) => $"{V}.ConditionalSelect({mask}, {V}.Create(1.0), {V}<double>.Zero)";

    private string Math(Call c)
    {
        var a = c.Arguments.Select(Value).ToArray();
        return c.Function switch
        {
            "exp" when vectorMath => $"{V}.Exp({a[0]})",
            "log" when vectorMath => $"{V}.Log({a[0]})",
            "fabs" => $"{V}.Abs({a[0]})",
            "sqrt" => $"{V}.Sqrt({a[0]})",
            "floor" => $"{V}.Floor({a[0]})",
            "ceil" => $"{V}.Ceiling({a[0]})",
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

/// <summary>A vector register type of the SIMD backend and its number of double lanes.</summary>
public sealed record VectorShape(string Name, int Width)
{
    public static readonly VectorShape V256 = new("Vector256", 4);
    public static readonly VectorShape V512 = new("Vector512", 8);
}
