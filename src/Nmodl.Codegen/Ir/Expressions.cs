using System.Collections.Immutable;
using System.Globalization;

namespace Nmodl.Codegen.Ir;

public enum UnaryOp { Negate, Not }

public enum BinaryOp { Add, Subtract, Multiply, Divide, Power, Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, And, Or }

/// <summary>A typed IR expression. All values are doubles; comparisons and logical operators
/// yield 1 or 0 as in C. Records give structural equality, which the simplifier relies on.</summary>
public abstract record Expr
{

    public static Expr operator +(Expr a, Expr b) => new Binary(BinaryOp.Add, a, b);
    public static Expr operator -(Expr a, Expr b) => new Binary(BinaryOp.Subtract, a, b);
    public static Expr operator *(Expr a, Expr b) => new Binary(BinaryOp.Multiply, a, b);
    public static Expr operator /(Expr a, Expr b) => new Binary(BinaryOp.Divide, a, b);
    public static Expr operator -(Expr a) => new Unary(UnaryOp.Negate, a);
    public static implicit operator Expr(double value) => new Number(value);
    public static implicit operator Expr(VarRef variable) => new Variable(variable);
}

public sealed record Number(double Value) : Expr
{
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

public sealed record Variable(VarRef Ref) : Expr
{
    public override string ToString() => Ref.Name;
}

public sealed record Unary(UnaryOp Op, Expr Operand) : Expr
{
    public override string ToString() => Op == UnaryOp.Negate ? $"(-{Operand})" : $"(!{Operand})";
}

public sealed record Binary(BinaryOp Op, Expr Left, Expr Right) : Expr
{
    public override string ToString() => $"({Left} {Operators.Symbol(Op)} {Right})";
}

/// <summary>A call of a built-in math function (<see cref="MathFunctions"/>) or of a user
/// FUNCTION of the mechanism. <see cref="IsUser"/> tells which.</summary>
public sealed record Call(string Function, ImmutableArray<Expr> Arguments, bool IsUser) : Expr
{
    public static Call Math(string function, params Expr[] arguments) => new(function, [.. arguments], false);
    public static Call User(string function, params Expr[] arguments) => new(function, [.. arguments], true);

    public bool Equals(Call? other) => other is not null && Function == other.Function && IsUser == other.IsUser
        && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Function, IsUser, Arguments.Length);

    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";
}

/// <summary><c>array[index]</c> with an index known only at run time. The element is the index
/// truncated toward zero (C's <c>(int)</c>, as nocmodl writes it); <see cref="Elements"/> are the
/// array's elements in order. An index outside the array stops the simulation with an error
/// naming <see cref="Array"/> and the value.</summary>
public sealed record ElementAt(string Array, Expr Index, ImmutableArray<Expr> Elements) : Expr
{
    public bool Equals(ElementAt? other) => other is not null && Array == other.Array && Index == other.Index
        && Elements.SequenceEqual(other.Elements);

    public override int GetHashCode() => HashCode.Combine(Array, Index, Elements.Length);

    public override string ToString() => $"{Array}[{Index}]";
}

public static class Operators
{
    public static string Symbol(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.Power => "^",
        BinaryOp.Less => "<",
        BinaryOp.LessEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterEqual => ">=",
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.And => "&&",
        BinaryOp.Or => "||",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown binary operator"),
    };

    public static bool IsComparison(BinaryOp op) => op is BinaryOp.Less or BinaryOp.LessEqual or BinaryOp.Greater
        or BinaryOp.GreaterEqual or BinaryOp.Equal or BinaryOp.NotEqual;

    public static bool IsLogical(BinaryOp op) => op is BinaryOp.And or BinaryOp.Or;
}
