using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Tests.Support;

/// <summary>Evaluates an IR expression directly, for checking passes without generating code.</summary>
public static class Evaluator
{
    public static double Eval(Expr e, IReadOnlyDictionary<VarRef, double> values) => e switch
    {
        Number n => n.Value,
        Variable v => values[v.Ref],
        Unary { Op: UnaryOp.Negate } u => -Eval(u.Operand, values),
        Unary u => Eval(u.Operand, values) == 0 ? 1 : 0,
        Binary b => Simplifier.Fold(b.Op, Eval(b.Left, values), Eval(b.Right, values)),
        Call { IsUser: false } c => MathFunctions.Evaluate(c.Function, c.Arguments.Select(a => Eval(a, values)).ToArray()),
        _ => throw new ArgumentException($"cannot evaluate {e}", nameof(e)),
    };
}
