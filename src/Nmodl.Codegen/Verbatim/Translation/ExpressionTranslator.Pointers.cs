using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>Pointers as spans: indexing, dereference, address-of and offsets.</summary>
internal sealed partial class ExpressionTranslator
{
    private Translated Dereference(CUnary unary)
    {
        if (unary.Operand is CParenthesized { Inner: CBinary { Operator: "+" } sum })
        {
            return Index(new CIndex(unary.Token, sum.Left, sum.Right));
        }
        var pointer = Translate(unary.Operand);
        if (pointer.Failed)
        {
            return pointer;
        }
        if (pointer.Form == CSharpForm.HandleSlot)
        {
            var held = pointer.Type.Scalar == CScalar.Struct ? pointer.Type.Element() : CType.Object;
            return new Translated(pointer.At(Translated.Primary) + ".Value", held, Translated.Primary, CSharpForm.Handle);
        }
        if (pointer.Form == CSharpForm.Handle && pointer.Type.IsStructPointer)
        {
            return pointer with { Type = pointer.Type.Element() };
        }
        if (!pointer.Type.IsPointer || pointer.Form is not (CSharpForm.Span or CSharpForm.Array))
        {
            return Fail(unary.Token, VerbatimCodes.Pointer, $"dereference of a {pointer.Type}");
        }
        return new Translated(pointer.At(Translated.Primary) + "[0]", pointer.Type.Element(), Translated.Primary);
    }

    private Translated AddressOf(CUnary unary)
    {
        if (unary.Operand is CIndex index)
        {
            var target = Translate(index.Target);
            var offset = ConvertTo(Translate(index.Index), CType.Int, index.Token);
            if (target.Failed || offset.Failed)
            {
                return Translated.Error;
            }
            return Offset(target, offset, unary.Token);
        }
        if (Unparenthesized(unary.Operand) is CIdentifier identifier)
        {
            var variable = Translate(identifier);
            if (variable.Failed)
            {
                return variable;
            }
            if (variable.Form is CSharpForm.Array or CSharpForm.Span)
            {
                return variable;
            }
            if (variable.Form == CSharpForm.Handle && variable.Code.EndsWith(".Value", StringComparison.Ordinal))
            {
                return new Translated($"new {TranslationContext.Runtime}.ObjectRef({variable.Code[..^".Value".Length]})", CType.ObjectSlot,
                    Translated.Primary, CSharpForm.HandleSlot);
            }
            if (variable.Type.IsArithmetic && variable.Form == CSharpForm.Value)
            {
                return new Translated($"new Span<{CSharpTypes.Name(variable.Type)}>(ref {variable.Code})", variable.Type.PointerTo(),
                    Translated.Primary, CSharpForm.Span);
            }
        }
        return Fail(unary.Token, VerbatimCodes.Pointer, "address of something other than a variable or an array element");
    }

    private Translated Offset(Translated pointer, Translated offset, CToken token)
    {
        var code = pointer.Form switch
        {
            CSharpForm.Array => $"{pointer.At(Translated.Primary)}.AsSpan({offset.Code})",
            CSharpForm.Span => $"{pointer.At(Translated.Primary)}.Slice({offset.Code})",
            _ => null,
        };
        return code is null
            ? Fail(token, VerbatimCodes.Pointer, $"pointer arithmetic on a {pointer.Type}")
            : new Translated(code, pointer.Type, Translated.Primary, CSharpForm.Span);
    }

    private Translated Index(CIndex index)
    {
        var target = Translate(index.Target);
        var position = Translate(index.Index);
        if (target.Failed || position.Failed)
        {
            return Translated.Error;
        }
        if (!target.Type.IsPointer || target.Form is not (CSharpForm.Array or CSharpForm.Span))
        {
            return Fail(index.Token, VerbatimCodes.Pointer, $"indexing a {target.Type}");
        }
        position = ToNumber(position);
        if (!position.Type.IsInteger)
        {
            return Fail(index.Token, VerbatimCodes.Type, $"array index of type {position.Type}");
        }
        var offset = CSharpTypes.Name(position.Type) is "int" or "short" or "sbyte" or "byte" or "ushort" ? position : Cast(position, CType.Int);
        return new Translated($"{target.At(Translated.Primary)}[{offset.Code}]", target.Type.Element(), Translated.Primary);
    }
}
