namespace Nmodl.Codegen.Verbatim.Syntax;

/// <summary>The scalar kinds of C the translator knows; <see cref="Opaque"/> is a named type it does not (FILE, Object...).</summary>
public enum CScalar
{
    Void,
    Char,
    UnsignedChar,
    Short,
    UnsignedShort,
    Int,
    UnsignedInt,
    Long,
    UnsignedLong,
    Float,
    Double,
    /// <summary>The result of a comparison or logical operator: an int in C, a bool in C#.</summary>
    Truth,
    Opaque,
    /// <summary>A structure the VERBATIM code defines; <see cref="CType.OpaqueName"/> is its name.</summary>
    Struct,
}

/// <summary>A C type: a scalar with a number of pointer levels, and for arrays their length.</summary>
public sealed record CType(CScalar Scalar, int Pointers = 0, string? OpaqueName = null)
{
    public static readonly CType Void = new(CScalar.Void);
    public static readonly CType Int = new(CScalar.Int);
    public static readonly CType Long = new(CScalar.Long);
    public static readonly CType UnsignedLong = new(CScalar.UnsignedLong);
    public static readonly CType Double = new(CScalar.Double);
    public static readonly CType Float = new(CScalar.Float);
    public static readonly CType Truth = new(CScalar.Truth);
    public static readonly CType String = new(CScalar.Char, 1);

    /// <summary>A NEURON object (Random, Random123 stream, Vector) that C holds as some pointer type and C# as an object.</summary>
    public static readonly CType Object = new(CScalar.Opaque, 1, "Object");

    public static readonly CType UnsignedInt = new(CScalar.UnsignedInt);

    public static readonly CType DoublePointer = new(CScalar.Double, 1);

    /// <summary>Where a NEURON object is kept (<c>&amp;_p_name</c>, C's <c>void**</c>): a <c>Nrn.CLib.HocObjectSlot</c> in C#.</summary>
    public static readonly CType ObjectSlot = new(CScalar.Opaque, 2, "Object");

    public bool IsObject => this == Object;

    /// <summary>A structure the VERBATIM code defines, by value; C# holds pointers to it as objects of its class.</summary>
    public static CType Struct(string name) => new(CScalar.Struct, 0, name);

    public bool IsStructPointer => Scalar == CScalar.Struct && Pointers == 1;

    /// <summary>A type that C code uses for the NEURON objects the translation supports (Random, Random123 stream,
    /// Vector, script function): void, a structure, Rand, nrnran123_State, IvocVect or Symbol behind one or two pointers.</summary>
    public bool IsObjectLike => Pointers is 1 or 2 && (Scalar is CScalar.Void or CScalar.Struct || OpaqueName is "Rand" or "nrnran123_State" or "IvocVect" or "Symbol");

    public bool IsPointer => Pointers > 0;

    public bool IsString => Pointers == 1 && Scalar == CScalar.Char;

    public bool IsArithmetic => Pointers == 0 && Scalar is not (CScalar.Void or CScalar.Opaque or CScalar.Struct);

    public bool IsFloating => Pointers == 0 && Scalar is CScalar.Float or CScalar.Double;

    public bool IsInteger => IsArithmetic && !IsFloating;

    public bool IsUnsigned => Pointers == 0 && Scalar is CScalar.UnsignedChar or CScalar.UnsignedShort or CScalar.UnsignedInt or CScalar.UnsignedLong;

    public CType PointerTo() => this with { Pointers = Pointers + 1 };

    public CType Element() => this with { Pointers = Pointers - 1 };

    /// <summary>The size in bytes on x86-64 Linux, where NEURON's C runs.</summary>
    public int Size => Pointers > 0 ? 8 : Scalar switch
    {
        CScalar.Char or CScalar.UnsignedChar => 1,
        CScalar.Short or CScalar.UnsignedShort => 2,
        CScalar.Int or CScalar.UnsignedInt or CScalar.Float or CScalar.Truth => 4,
        _ => 8,
    };

    /// <summary>Integer conversion rank, for C's usual arithmetic conversions.</summary>
    public int Rank => Scalar switch
    {
        CScalar.Char or CScalar.UnsignedChar => 1,
        CScalar.Short or CScalar.UnsignedShort => 2,
        CScalar.Int or CScalar.UnsignedInt or CScalar.Truth => 3,
        CScalar.Long or CScalar.UnsignedLong => 4,
        CScalar.Float => 5,
        CScalar.Double => 6,
        _ => 0,
    };

    public override string ToString() => (Scalar switch
    {
        CScalar.UnsignedChar => "unsigned char",
        CScalar.UnsignedShort => "unsigned short",
        CScalar.UnsignedInt => "unsigned int",
        CScalar.UnsignedLong => "unsigned long",
        CScalar.Truth => "int",
        CScalar.Opaque => OpaqueName ?? "?",
        CScalar.Struct => OpaqueName!,
        _ => Scalar.ToString().ToLowerInvariant(),
    }) + new string('*', Pointers);
}
