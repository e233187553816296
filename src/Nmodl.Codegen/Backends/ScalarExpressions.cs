using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Backends;

/// <summary>Prints IR expressions as scalar C# over the names a method's prologue declares
/// (see <see cref="Prologue"/>). Every binary node is parenthesised so C# evaluates exactly the IR tree.</summary>
public sealed class ScalarExpressions(bool argumentsInSpan = false)
{
    public string Value(Expr e) => e switch
    {
        Number n => CSharpNames.Literal(n.Value),
        Variable v => Name(v.Ref),
        Unary { Op: UnaryOp.Negate } u => $"(-{Value(u.Operand)})",
        Unary u => $"({Condition(u.Operand)} ? 0.0 : 1.0)",
        Binary { Op: BinaryOp.Power } b => $"Math.Pow({Value(b.Left)}, {Value(b.Right)})",
        Binary b when Operators.IsComparison(b.Op) || Operators.IsLogical(b.Op) => $"({Condition(b)} ? 1.0 : 0.0)",
        Binary b => $"({Value(b.Left)} {Operators.Symbol(b.Op)} {Value(b.Right)})",
        Call { IsUser: true } c => UserCall(c),
        Call c => MathFunctions.CSharp(c.Function, [.. c.Arguments.Select(Value)]),
        ElementAt x => $"({ArrayIndexWriter.Call(Value(x.Index), x.Elements.Length, x.Array)} switch {{ {string.Join(", ", x.Elements.Select((a, k) => (k == x.Elements.Length - 1 ? "_" : $"{k}") + " => " + Value(a)))} }})",
        _ => throw new InvalidOperationException($"internal error: no C# for expression '{e}'"),
    };

    public string Condition(Expr e) => e switch
    {
        Number n => n.Value != 0 ? "true" : "false",
        Unary { Op: UnaryOp.Not } u => $"!{Condition(u.Operand)}",
        Binary { Op: BinaryOp.And } b => $"({Condition(b.Left)} && {Condition(b.Right)})",
        Binary { Op: BinaryOp.Or } b => $"({Condition(b.Left)} || {Condition(b.Right)})",
        Binary b when Operators.IsComparison(b.Op) => $"({Value(b.Left)} {Operators.Symbol(b.Op)} {Value(b.Right)})",
        _ => $"({Value(e)} != 0.0)",
    };

    public string UserCall(Call c) =>
        $"{CSharpNames.Function(c.Function)}(block, state, i, v{string.Concat(c.Arguments.Select(a => ", " + Value(a)))})";

    public string Name(VarRef r) => r.Storage switch
    {
        Storage.Range => $"{CSharpNames.FieldArray(r)}[i]",
        Storage.Global => $"globals[{r.Index}]",
        Storage.Ion => $"{CSharpNames.IonArray(r.Index, r.IonField)}[{CSharpNames.IonIndex(r.Index)}[i]]",
        Storage.Voltage => "v",
        Storage.Local => CSharpNames.Local(r.Name),
        Storage.Argument => argumentsInSpan ? $"arguments[{r.Index}]" : CSharpNames.Parameter(r.Name),
        Storage.Pointer => $"pointer{r.Index}_target[i][pointer{r.Index}_offset[i]]",
        Storage.Flag => "flag",
        Storage.NetConWeight => $"netConWeights[{r.Index}]",
        Storage.Time => "t",
        Storage.Dt => "dt",
        Storage.Celsius => "celsius",
        Storage.Area => "area[node]",
        Storage.Diam => "diam[node]",
        Storage.NodeRhs => "rhs[node]",
        Storage.NodeD => "d[node]",
        Storage.Saved => $"saved[{r.Index}]",
        _ => throw new InvalidOperationException($"internal error: no storage for '{r.Name}'"),
    };
}
