using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>Evaluates integer constant expressions such as array lengths (after macro expansion).</summary>
internal static class ConstantFolder
{
    public static long? Evaluate(CExpression expression) => expression switch
    {
        CIntegerLiteral literal => (long)literal.Value,
        CCharLiteral literal => literal.Value,
        CParenthesized parenthesized => Evaluate(parenthesized.Inner),
        CUnary { Operator: "-" } negation => -Evaluate(negation.Operand),
        CUnary { Operator: "+" } plus => Evaluate(plus.Operand),
        CCast { Type.IsInteger: true } cast => Evaluate(cast.Operand),
        CSizeOf { Type: { } type } => type.Size,
        CBinary binary when Evaluate(binary.Left) is { } left && Evaluate(binary.Right) is { } right => binary.Operator switch
        {
            "+" => left + right,
            "-" => left - right,
            "*" => left * right,
            "/" when right != 0 => left / right,
            "%" when right != 0 => left % right,
            "<<" => left << (int)right,
            ">>" => left >> (int)right,
            _ => null,
        },
        _ => null,
    };
}
