using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>C types in C#, and the C conversions the translation must spell out because C# does them differently.</summary>
internal static class CSharpTypes
{
    /// <summary>The C# name of an arithmetic type (x86-64 Linux sizes: long is 64 bits).</summary>
    public static string Name(CType type) => type.Pointers > 0 ? "?" : type.Scalar switch
    {
        CScalar.Char => "sbyte",
        CScalar.UnsignedChar => "byte",
        CScalar.Short => "short",
        CScalar.UnsignedShort => "ushort",
        CScalar.Int => "int",
        CScalar.UnsignedInt => "uint",
        CScalar.Long => "long",
        CScalar.UnsignedLong => "ulong",
        CScalar.Float => "float",
        CScalar.Double => "double",
        CScalar.Truth => "bool",
        CScalar.Void => "void",
        _ => "?",
    };

    /// <summary>C's integer promotion: types narrower than int become int.</summary>
    public static CType Promote(CType type) =>
        type.IsInteger && type.Rank < 3 || type.Scalar == CScalar.Truth ? CType.Int : type;

    /// <summary>C's usual arithmetic conversions: the common type of a binary operation.</summary>
    public static CType Common(CType left, CType right)
    {
        if (left.Scalar == CScalar.Double || right.Scalar == CScalar.Double)
        {
            return CType.Double;
        }
        if (left.Scalar == CScalar.Float || right.Scalar == CScalar.Float)
        {
            return CType.Float;
        }
        left = Promote(left);
        right = Promote(right);
        if (left == right)
        {
            return left;
        }
        if (left.IsUnsigned == right.IsUnsigned)
        {
            return left.Rank >= right.Rank ? left : right;
        }
        var (unsigned, signed) = left.IsUnsigned ? (left, right) : (right, left);
        return unsigned.Rank >= signed.Rank ? unsigned : signed;
    }

    /// <summary>Whether C# converts <paramref name="from"/> to <paramref name="to"/> implicitly with the value C would give.</summary>
    public static bool IsImplicit(CType from, CType to)
    {
        if (Name(from) == Name(to))
        {
            return true;
        }
        return (Name(from), Name(to)) switch
        {
            ("sbyte", "short" or "int" or "long" or "float" or "double") => true,
            ("byte", "short" or "ushort" or "int" or "uint" or "long" or "ulong" or "float" or "double") => true,
            ("short", "int" or "long" or "float" or "double") => true,
            ("ushort", "int" or "uint" or "long" or "ulong" or "float" or "double") => true,
            ("int", "long" or "float" or "double") => true,
            ("uint", "long" or "ulong" or "float" or "double") => true,
            ("long" or "ulong", "float" or "double") => true,
            ("float", "double") => true,
            _ => false,
        };
    }

    /// <summary>The C# type of a variable of C type <paramref name="type"/> held in <paramref name="form"/>.</summary>
    public static string Declared(CType type, CSharpForm form) => form switch
    {
        CSharpForm.Array => Name(type.Element()) + "[]",
        CSharpForm.Span => $"Span<{Name(type.Element())}>",
        CSharpForm.String => "string?",
        _ => Name(type),
    };

    /// <summary>C# reserved words that are valid C names (contextual keywords such as value or var are valid C# names too).</summary>
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "byte", "checked", "class", "decimal", "delegate", "event", "explicit", "false",
        "finally", "fixed", "foreach", "implicit", "in", "interface", "internal", "is", "lock", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "sbyte",
        "sealed", "stackalloc", "string", "this", "throw", "true", "try", "catch", "typeof", "uint", "ulong", "unchecked",
        "unsafe", "ushort", "using", "virtual",
    ];

    /// <summary>A C name as a C# identifier (C# keywords get an '@').</summary>
    public static string Identifier(string cName) => Keywords.Contains(cName) ? "@" + cName : cName;
}
