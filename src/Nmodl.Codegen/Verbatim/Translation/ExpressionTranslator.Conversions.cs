using System.Globalization;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>C's conversions: to a condition, from a comparison to a number, on assignment, and casts.</summary>
internal sealed partial class ExpressionTranslator
{
    public Translated ToTruth(Translated value, CToken token)
    {
        if (value.Failed || value.Type.Scalar == CScalar.Truth && value.Type.Pointers == 0)
        {
            return value;
        }
        if (value.Form == CSharpForm.Handle)
        {
            return value.Connected is { } connected
                ? new Translated($"{value.At(Translated.Equality + 1)} != null || {connected}", CType.Truth, Translated.LogicalOr)
                : new Translated(value.At(Translated.Equality + 1) + " != null", CType.Truth, Translated.Equality);
        }
        if (!value.Type.IsArithmetic)
        {
            return Fail(token, VerbatimCodes.Pointer, $"testing a {value.Type} as a condition (null-pointer tests have no C# span equivalent)");
        }
        return new Translated(value.At(Translated.Equality + 1) + " != 0", CType.Truth, Translated.Equality);
    }

    /// <summary>A comparison result used as a number becomes 1 or 0, as in C.</summary>
    public static Translated ToNumber(Translated value) =>
        value.Type.Scalar == CScalar.Truth && value.Type.Pointers == 0 && !value.Failed
            ? new Translated(value.At(Translated.LogicalOr) + " ? 1 : 0", CType.Int, Translated.Conditional)
            : value;

    /// <summary>The value converted to <paramref name="target"/> as C's assignment conversion does.</summary>
    public Translated ConvertTo(Translated value, CType target, CToken token)
    {
        if (value.Failed)
        {
            return value;
        }
        if (target.Scalar == CScalar.Truth && target.Pointers == 0)
        {
            return ToTruth(value, token);
        }
        value = ToNumber(value);
        if (target.IsString)
        {
            return value.Form == CSharpForm.String || IsNullPointer(value)
                ? value with { Code = IsNullPointer(value) ? "null" : value.Code }
                : Fail(token, VerbatimCodes.Type, $"a {value.Type} where a string (char*) is expected");
        }
        if (target == CType.ObjectSlot || target is { Scalar: CScalar.Struct, Pointers: 2 })
        {
            return value.Form == CSharpForm.HandleSlot
                ? value with { Type = target }
                : Fail(token, VerbatimCodes.Pointer, $"a {value.Type} where the address of a NEURON object (&_p_name) is expected");
        }
        if (target.IsObject || target.IsStructPointer)
        {
            return value.Form == CSharpForm.Handle ? value with { Type = target }
                : IsNullPointer(value) ? new Translated("null", target, Translated.Primary, CSharpForm.Handle)
                : Fail(token, VerbatimCodes.Pointer, $"a {value.Type} where a NEURON object (Random, Vector...) is expected");
        }
        if (target.IsPointer)
        {
            if (IsNullPointer(value))
            {
                return new Translated("default", target, Translated.Primary, CSharpForm.Span);
            }
            return value.Type.IsPointer && CSharpTypes.Name(value.Type.Element()) == CSharpTypes.Name(target.Element())
                ? value
                : Fail(token, VerbatimCodes.Pointer, $"a {value.Type} where a {target} is expected");
        }
        if (!value.Type.IsArithmetic || !target.IsArithmetic)
        {
            return Fail(token, VerbatimCodes.Type, $"a {value.Type} where a {target} is expected");
        }
        if (CSharpTypes.IsImplicit(value.Type, target) || IsLiteralFitting(value, target))
        {
            return value with { Type = target };
        }
        return Cast(value, target);
    }

    /// <summary>An int literal whose value C# converts implicitly to <paramref name="target"/> (C# converts constants that fit).</summary>
    private static bool IsLiteralFitting(Translated value, CType target) =>
        value.Type == CType.Int && target.IsArithmetic && LiteralValue(value.Code) is { } number &&
        CSharpTypes.Name(target) switch
        {
            "sbyte" => number is >= sbyte.MinValue and <= sbyte.MaxValue,
            "byte" => number is >= 0 and <= byte.MaxValue,
            "short" => number is >= short.MinValue and <= short.MaxValue,
            "ushort" => number is >= 0 and <= ushort.MaxValue,
            "uint" or "ulong" => number >= 0,
            _ => true,
        };

    private static long? LiteralValue(string code)
    {
        if (code.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return long.TryParse(code.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null;
        }
        return long.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>A C# cast; a constant that does not fit wraps around as C's conversion does, which C# allows only unchecked.</summary>
    public static Translated Cast(Translated value, CType target) =>
        IsNumericConstant(value.Code)
            ? new($"unchecked(({CSharpTypes.Name(target)}){value.Code})", target, Translated.Primary)
            : new($"({CSharpTypes.Name(target)})" + value.At(Translated.Unary), target, Translated.Unary);

    private static bool IsNumericConstant(string code) =>
        System.Text.RegularExpressions.Regex.IsMatch(code, @"^-?(\d[\w.]*|'[^']+')$");

    private static bool IsNullPointer(Translated value) =>
        value.Code is "null" or "0" || value.Type is { Scalar: CScalar.Void, Pointers: > 0 };

    private Translated Cast(CCast cast)
    {
        var operand = Translate(cast.Operand);
        if (operand.Failed)
        {
            return operand;
        }
        if (cast.Type.IsPointer && operand.Form is CSharpForm.Handle or CSharpForm.HandleSlot)
        {
            // (Info*)_p_ptr, (Info**)(&_p_ptr): the structure type says what '->' reaches.
            return cast.Type.Scalar == CScalar.Struct ? operand with { Type = cast.Type } : operand;
        }
        // NEURON code keeps an object in a double variable: (void**)(&space).
        if (cast.Type.IsObjectLike && cast.Type.Pointers == 2 && operand.Form == CSharpForm.Span &&
            operand.Code.StartsWith(DoubleAddress, StringComparison.Ordinal) && operand.Code.EndsWith(')'))
        {
            return new Translated($"new {TranslationContext.Runtime}.ObjectRef(ref {operand.Code[DoubleAddress.Length..^1]})",
                cast.Type.Scalar == CScalar.Struct ? cast.Type : CType.ObjectSlot, Translated.Primary, CSharpForm.HandleSlot);
        }
        if (cast.Type.IsPointer)
        {
            if (IsNullPointer(operand))
            {
                return new Translated("null", new CType(CScalar.Void, 1), Translated.Primary);
            }
            if (operand.Type.IsPointer && CSharpTypes.Name(operand.Type.Element()) == CSharpTypes.Name(cast.Type.Element()))
            {
                return operand;
            }
            return Fail(cast.Token, VerbatimCodes.Pointer, $"cast of a {operand.Type} to {cast.Type}");
        }
        if (cast.Type.Scalar == CScalar.Void)
        {
            return operand with { Type = CType.Void };
        }
        if (!cast.Type.IsArithmetic)
        {
            return Fail(cast.Token, KnownNames.ClassifyType(cast.Type).Code, $"cast to {KnownNames.ClassifyType(cast.Type).Description}");
        }
        operand = ToNumber(operand);
        if (!operand.Type.IsArithmetic)
        {
            return Fail(cast.Token, VerbatimCodes.Pointer, $"cast of a {operand.Type} to {cast.Type}");
        }
        return Cast(operand, cast.Type);
    }

    /// <summary>How <see cref="AddressOf"/> writes the address of a double variable.</summary>
    private const string DoubleAddress = "new Span<double>(ref ";

    /// <summary>How C# holds a value of C type <paramref name="type"/>.</summary>
    private static CSharpForm FormOf(CType type) =>
        type.IsObject || type.IsStructPointer ? CSharpForm.Handle : type.IsString ? CSharpForm.String : type.IsPointer ? CSharpForm.Span : CSharpForm.Value;
}
