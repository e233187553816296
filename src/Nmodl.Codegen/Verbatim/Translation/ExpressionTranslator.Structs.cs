using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>Structures (<see cref="StructTranslator"/>): member access and the heap memory of malloc and calloc.</summary>
internal sealed partial class ExpressionTranslator
{
    private Translated Member(CMember member)
    {
        var target = Translate(member.Target);
        if (target.Failed)
        {
            return target;
        }
        var expected = member.ThroughPointer ? 1 : 0;
        if (target.Type.Scalar != CScalar.Struct || target.Type.Pointers != expected || target.Form != CSharpForm.Handle ||
            !context.Module.Structs.TryGetValue(target.Type.OpaqueName!, out var structure))
        {
            return Fail(member.Token, VerbatimCodes.UserTypes,
                $"member access '{(member.ThroughPointer ? "->" : ".")}{member.Member}' on a {target.Type} (a structure{(member.ThroughPointer ? " pointer" : "")} defined in the VERBATIM code is expected)");
        }
        if (!structure.Fields.TryGetValue(member.Member, out var type))
        {
            return Fail(member.Token, VerbatimCodes.UserTypes, $"structure '{structure.CName}' has no member '{member.Member}'");
        }
        return new Translated($"(({structure.CSharp}){target.At(Translated.Unary)}).{CSharpTypes.Identifier(member.Member)}", type,
            Translated.Primary, StructTranslator.FieldForm(type));
    }

    /// <summary><c>malloc(sizeof(T))</c>, <c>calloc(1, sizeof(T))</c> of a structure, and <c>malloc(n * sizeof(double))</c>,
    /// <c>calloc(n, sizeof(double))</c> of numbers (also NEURON's emalloc, ecalloc, hoc_Emalloc, hoc_Ecalloc): a new
    /// object of the structure's class or a new array; null for other sizes.</summary>
    private Translated? Allocation(CCall call)
    {
        var name = ((CIdentifier)call.Callee).Name;
        (CExpression? Count, CExpression Size)? request = (name, call.Arguments) switch
        {
            ("malloc" or "emalloc" or "hoc_Emalloc", [var bytes]) => Product(bytes),
            ("calloc" or "ecalloc" or "hoc_Ecalloc", [var number, var size]) => (number, size),
            _ => null,
        };
        if (request is not { } found || Unparenthesized(found.Size) is not CSizeOf { Type: { } element })
        {
            return null;
        }
        var count = found.Count;
        if (element.Scalar == CScalar.Struct && element.Pointers == 0 && context.Module.Structs.TryGetValue(element.OpaqueName!, out var structure))
        {
            return count is null || ConstantFolder.Evaluate(count) == 1
                ? new Translated($"new {structure.CSharp}()", element.PointerTo(), Translated.Primary, CSharpForm.Handle)
                : Fail(call.Token, VerbatimCodes.UserTypes, $"an array of structures '{structure.CName}' (one at a time is supported)");
        }
        if (!element.IsArithmetic || count is null)
        {
            return null;
        }
        var length = ConvertTo(Translate(count), CType.Int, count.Token);
        return length.Failed
            ? length
            : new Translated($"new {CSharpTypes.Name(element)}[{length.Code}]", element.PointerTo(), Translated.Primary, CSharpForm.Array);
    }

    /// <summary>A size written as <c>n * sizeof(T)</c>, <c>sizeof(T) * n</c> or <c>sizeof(T)</c>: the count (null for one) and the sizeof.</summary>
    private static (CExpression? Count, CExpression Size) Product(CExpression bytes) => Unparenthesized(bytes) switch
    {
        CBinary { Operator: "*", Left: var left, Right: var right } when Unparenthesized(right) is CSizeOf => (left, right),
        CBinary { Operator: "*", Left: var left, Right: var right } when Unparenthesized(left) is CSizeOf => (right, left),
        var single => (null, single),
    };

    /// <summary><c>p == NULL</c>, <c>p != 0</c>, <c>p == q</c> between objects (structures, NEURON objects): the same reference.</summary>
    private Translated ObjectComparison(CBinary binary, Translated left, Translated right)
    {
        var precedence = Translated.OfBinary(binary.Operator);
        // _p_name == NULL of a POINTER: C's pointer is null only when neither connected nor holding an object.
        if ((left.Connected is not null && right.Code is "null" or "0") || (right.Connected is not null && left.Code is "null" or "0"))
        {
            var set = ToTruth(left.Connected is null ? right : left, binary.Token);
            return binary.Operator == "!=" ? set : new Translated($"!({set.Code})", CType.Truth, Translated.Unary);
        }
        string? Side(Translated side) => side.Form == CSharpForm.Handle ? side.At(precedence) : IsNullPointer(side) ? "null" : null;
        return Side(left) is { } l && Side(right) is { } r
            ? new Translated($"{l} {binary.Operator} {r}", CType.Truth, precedence)
            : Fail(binary.Token, VerbatimCodes.Pointer, $"operator '{binary.Operator}' between a {left.Type} and a {right.Type}");
    }
}
