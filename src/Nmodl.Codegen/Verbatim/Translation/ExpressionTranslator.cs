using System.Globalization;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>
/// Turns C expressions into C# expressions with C's meaning: integer division and truncating casts stay,
/// C's usual arithmetic conversions are spelled out where C# would differ (unsigned mixes, narrowing
/// assignments), comparisons become bool and back to int where C uses them as numbers, and pointers
/// become spans.
/// </summary>
internal sealed partial class ExpressionTranslator(TranslationContext context, HashSet<string> localNames)
{
    public ExpressionTranslator(TranslationContext context)
        : this(context, new HashSet<string>(StringComparer.Ordinal))
    {
    }

    public Scope Scope { get; set; } = context.Module.Globals;

    /// <summary>The C# names of the locals of the function being translated: C# forbids a nested local to hide another, C allows it.</summary>
    public HashSet<string> LocalNames { get; } = localNames;

    /// <summary>A C# name for a new local: the C name, or the C name with a number when the function already has such a local.</summary>
    public string NewLocalName(string cName)
    {
        var name = CSharpTypes.Identifier(cName);
        for (var n = 1; !LocalNames.Add(name); n++)
        {
            name = CSharpTypes.Identifier(cName) + "_" + n;
        }
        return name;
    }

    public Translated Translate(CExpression expression) => expression switch
    {
        CIdentifier identifier => Identifier(identifier),
        CIntegerLiteral literal => IntegerLiteral(literal),
        CFloatLiteral literal => FloatLiteral(literal),
        CCharLiteral literal => CharLiteral(literal),
        CStringLiteral literal => new Translated(StringLiteral(literal.Value), CType.String, Translated.Primary, CSharpForm.String),
        CParenthesized parenthesized => Parenthesized(parenthesized),
        CUnary unary => Unary(unary),
        CPostfix postfix => Postfix(postfix),
        CBinary binary => Binary(binary),
        CAssignment assignment => Assignment(assignment),
        CConditional conditional => Conditional(conditional),
        CCast cast => Cast(cast),
        CSizeOf size => SizeOf(size),
        CCall call => Call(call),
        CIndex index => Index(index),
        CMember member => Member(member),
        CComma comma => Fail(comma.Token, VerbatimCodes.UnsupportedConstruct, "the comma operator outside a for header or an expression statement"),
        _ => Fail(expression.Token, VerbatimCodes.UnsupportedConstruct, "brace initializer outside a declaration"),
    };

    /// <summary>The expression as a C# bool, as C tests it (non-zero is true).</summary>
    public Translated Condition(CExpression expression) => ToTruth(Translate(expression), expression.Token);

    private Translated Identifier(CIdentifier identifier)
    {
        var name = identifier.Name;
        if (Scope.Lookup(name) is { } symbol)
        {
            return new Translated(symbol.CSharp, symbol.Type, Translated.Primary, symbol.Form);
        }
        if (name == "NULL")
        {
            return new Translated("null", new CType(CScalar.Void, 1), Translated.Primary);
        }
        if (KnownNames.Constants.TryGetValue(name, out var constant))
        {
            return new Translated(constant.CSharp, constant.Type, Translated.Primary);
        }
        if (context.Resolver.ResolveVariable(name) is { } resolved)
        {
            return new Translated(resolved.CSharp, resolved.Type, Translated.Primary, FormOf(resolved.Type)) { Connected = resolved.Connected };
        }
        if (KnownNames.Classify(name) is { } known)
        {
            return Fail(identifier.Token, known.Code, known.Description);
        }
        if (context.Module.Functions.ContainsKey(name))
        {
            return Fail(identifier.Token, VerbatimCodes.Pointer, $"function '{name}' used as a value (function pointers)");
        }
        return Fail(identifier.Token, VerbatimCodes.UnknownName, $"unknown name '{name}'");
    }

    /// <summary>NetStim's <c>_nt != nrn_threads</c> (is this not the main thread?): the simulation runs its
    /// instances on the one main thread, so the test has a constant answer.</summary>
    private static Translated? MainThreadTest(CBinary binary) =>
        binary.Operator is "==" or "!="
            && (binary.Left, binary.Right) is (CIdentifier { Name: "_nt" }, CIdentifier { Name: "nrn_threads" }) or (CIdentifier { Name: "nrn_threads" }, CIdentifier { Name: "_nt" })
            ? new Translated(binary.Operator == "==" ? "true" : "false", CType.Truth, Translated.Primary)
            : null;

    private Translated Parenthesized(CParenthesized parenthesized)
    {
        var inner = Translate(parenthesized.Inner);
        return inner.Failed || inner.Precedence == Translated.Primary
            ? inner
            : inner with { Code = "(" + inner.Code + ")", Precedence = Translated.Primary };
    }

    private Translated Unary(CUnary unary)
    {
        switch (unary.Operator)
        {
            case "*":
                return Dereference(unary);
            case "&":
                return AddressOf(unary);
            case "++" or "--":
                return Increment(unary.Token, unary.Operator, unary.Operand, prefix: true);
        }
        var operand = Translate(unary.Operand);
        if (operand.Failed)
        {
            return operand;
        }
        if (unary.Operator == "!")
        {
            var truth = ToTruth(operand, unary.Token);
            if (truth.Failed)
            {
                return truth;
            }
            return truth.Code.EndsWith(" != 0", StringComparison.Ordinal) && truth.Precedence == Translated.Equality
                ? new Translated(truth.Code[..^5] + " == 0", CType.Truth, Translated.Equality)
                : new Translated("!" + truth.At(Translated.Unary), CType.Truth, Translated.Unary);
        }
        operand = ToNumber(operand);
        if (!operand.Type.IsArithmetic || (unary.Operator == "~" && !operand.Type.IsInteger))
        {
            return Fail(unary.Token, VerbatimCodes.Type, $"operator '{unary.Operator}' applied to a {operand.Type}");
        }
        var type = CSharpTypes.Promote(operand.Type);
        var code = operand.At(Translated.Unary);
        var text = unary.Operator + (code.StartsWith(unary.Operator, StringComparison.Ordinal) ? " " : "") + code;
        if (unary.Operator == "-" && type.Scalar == CScalar.UnsignedInt)
        {
            return new Translated("(uint)" + text, type, Translated.Unary);
        }
        if (unary.Operator == "-" && type.Scalar == CScalar.UnsignedLong)
        {
            return new Translated("0UL - " + code, type, Translated.Additive);
        }
        return new Translated(text, type, Translated.Unary);
    }

    private Translated Postfix(CPostfix postfix) => Increment(postfix.Token, postfix.Operator, postfix.Operand, prefix: false);

    private Translated Increment(CToken token, string op, CExpression operand, bool prefix)
    {
        var target = Target(operand);
        if (target.Failed)
        {
            return target;
        }
        if (!target.Type.IsArithmetic)
        {
            return Fail(token, VerbatimCodes.Pointer, $"'{op}' on a {target.Type} is only supported as a statement");
        }
        var code = prefix ? op + target.At(Translated.Unary) : target.At(Translated.Primary) + op;
        return new Translated(code, target.Type, prefix ? Translated.Unary : Translated.Primary);
    }

    /// <summary>An expression C may assign to.</summary>
    public Translated Target(CExpression expression)
    {
        var inner = expression;
        while (inner is CParenthesized parenthesized)
        {
            inner = parenthesized.Inner;
        }
        if (inner is CIdentifier identifier)
        {
            var symbol = Scope.Lookup(identifier.Name);
            if (symbol is { IsAssignable: false })
            {
                return Fail(identifier.Token, VerbatimCodes.Type, $"'{identifier.Name}' cannot be assigned");
            }
            if (symbol is null && context.Resolver.ResolveVariable(identifier.Name) is { IsAssignable: false })
            {
                return Fail(identifier.Token, VerbatimCodes.Type, $"'{identifier.Name}' is read-only here");
            }
            if (symbol?.Form == CSharpForm.Array)
            {
                return Fail(identifier.Token, VerbatimCodes.Type, $"array '{identifier.Name}' cannot be assigned");
            }
            return Translate(identifier);
        }
        if (inner is CIndex or CUnary { Operator: "*" } or CMember)
        {
            return Translate(inner);
        }
        return Fail(expression.Token, VerbatimCodes.Type, "the left side of an assignment must be a variable, an element or *pointer");
    }

    private Translated Binary(CBinary binary)
    {
        if (MainThreadTest(binary) is { } mainThread)
        {
            return mainThread;
        }
        var left = Translate(binary.Left);
        var right = Translate(binary.Right);
        if (left.Failed || right.Failed)
        {
            return Translated.Error;
        }
        var op = binary.Operator;
        var precedence = Translated.OfBinary(op);
        if (op is "&&" or "||")
        {
            var l = ToTruth(left, binary.Left.Token);
            var r = ToTruth(right, binary.Right.Token);
            return l.Failed || r.Failed
                ? Translated.Error
                : new Translated($"{l.At(precedence)} {op} {r.At(precedence + 1)}", CType.Truth, precedence);
        }
        if (op is "==" or "!=" && left.Type == CType.Truth && right.Type == CType.Truth)
        {
            return new Translated($"{left.At(precedence)} {op} {right.At(precedence + 1)}", CType.Truth, precedence);
        }
        if (op is "==" or "!=" && (left.Form == CSharpForm.Handle || right.Form == CSharpForm.Handle))
        {
            return ObjectComparison(binary, left, right);
        }
        if (op is "+" && (left.Type.IsPointer || right.Type.IsPointer))
        {
            var (pointer, offset) = left.Type.IsPointer ? (left, right) : (right, left);
            var index = ConvertTo(offset, CType.Int, binary.Token);
            return index.Failed ? index : Offset(pointer, index, binary.Token);
        }
        left = ToNumber(left);
        right = ToNumber(right);
        if (!left.Type.IsArithmetic || !right.Type.IsArithmetic)
        {
            return Fail(binary.Token, VerbatimCodes.Pointer, $"operator '{op}' between a {left.Type} and a {right.Type}");
        }
        if (op is "<<" or ">>")
        {
            if (!left.Type.IsInteger || !right.Type.IsInteger)
            {
                return Fail(binary.Token, VerbatimCodes.Type, $"operator '{op}' needs integer operands");
            }
            var count = CSharpTypes.Name(right.Type) == "int" ? right : Cast(right, CType.Int);
            var shifted = CSharpTypes.Promote(left.Type);
            return new Translated($"{left.At(precedence)} {op} {count.At(precedence + 1)}", shifted, precedence);
        }
        if (op is "%" or "&" or "|" or "^" && (!left.Type.IsInteger || !right.Type.IsInteger))
        {
            return Fail(binary.Token, VerbatimCodes.Type, $"operator '{op}' needs integer operands");
        }
        var common = CSharpTypes.Common(left.Type, right.Type);
        var leftCode = Operand(left, common).At(precedence);
        var rightCode = Operand(right, common).At(precedence + 1);
        var type = op is "==" or "!=" or "<" or ">" or "<=" or ">=" ? CType.Truth : common;
        return new Translated($"{leftCode} {op} {rightCode}", type, precedence);
    }

    /// <summary>An operand converted to the common type where C# would not convert it the same way.</summary>
    private static Translated Operand(Translated operand, CType common) =>
        common.IsUnsigned && !operand.Type.IsUnsigned && !operand.Type.IsFloating && !IsLiteralFitting(operand, common)
            ? Cast(operand, common)
            : operand;

    private Translated Assignment(CAssignment assignment)
    {
        var target = Target(assignment.Target);
        var value = Translate(assignment.Value);
        if (target.Failed || value.Failed)
        {
            return Translated.Error;
        }
        if (assignment.Operator == "=")
        {
            if (target.Form == CSharpForm.Span && target.Type.IsPointer)
            {
                var pointer = ConvertTo(value, target.Type, assignment.Token);
                return pointer.Failed ? pointer : new Translated($"{target.Code} = {pointer.Code}", target.Type, Translated.Assignment);
            }
            var converted = ConvertTo(value, target.Type, assignment.Token);
            return converted.Failed
                ? converted
                : new Translated($"{target.Code} = {converted.At(Translated.Assignment)}", target.Type, Translated.Assignment);
        }
        var op = assignment.Operator[..^1];
        if (target.Type.IsPointer && op is "+" or "-")
        {
            return Fail(assignment.Token, VerbatimCodes.Pointer, $"'{assignment.Operator}' on a pointer is only supported as a statement");
        }
        value = ToNumber(value);
        if (!target.Type.IsArithmetic || !value.Type.IsArithmetic)
        {
            return Fail(assignment.Token, VerbatimCodes.Type, $"'{assignment.Operator}' between a {target.Type} and a {value.Type}");
        }
        var direct = op is "<<" or ">>"
            ? CSharpTypes.Name(value.Type) == "int"
            : CSharpTypes.Name(CSharpTypes.Common(target.Type, value.Type)) == CSharpTypes.Name(target.Type) &&
              (CSharpTypes.IsImplicit(value.Type, target.Type) || IsLiteralFitting(value, target.Type));
        if (direct)
        {
            return new Translated($"{target.Code} {assignment.Operator} {value.At(Translated.Assignment)}", target.Type, Translated.Assignment);
        }
        if (!IsSideEffectFree(assignment.Target))
        {
            return Fail(assignment.Token, VerbatimCodes.UnsupportedConstruct,
                $"'{assignment.Operator}' that converts types on a target with side effects");
        }
        var combined = Binary(new CBinary(assignment.Token, op, assignment.Target, new CParenthesized(assignment.Value.Token, assignment.Value)));
        var result = ConvertTo(combined, target.Type, assignment.Token);
        return result.Failed ? result : new Translated($"{target.Code} = {result.At(Translated.Assignment)}", target.Type, Translated.Assignment);
    }

    private static bool IsSideEffectFree(CExpression expression) => expression switch
    {
        CIdentifier or CIntegerLiteral or CFloatLiteral or CCharLiteral => true,
        CParenthesized p => IsSideEffectFree(p.Inner),
        CIndex i => IsSideEffectFree(i.Target) && IsSideEffectFree(i.Index),
        CUnary { Operator: "*" or "-" or "+" or "!" or "~" } u => IsSideEffectFree(u.Operand),
        CBinary b => IsSideEffectFree(b.Left) && IsSideEffectFree(b.Right),
        _ => false,
    };

    private Translated Conditional(CConditional conditional)
    {
        var condition = Condition(conditional.Condition);
        var whenTrue = Translate(conditional.WhenTrue);
        var whenFalse = Translate(conditional.WhenFalse);
        if (condition.Failed || whenTrue.Failed || whenFalse.Failed)
        {
            return Translated.Error;
        }
        CType type;
        if (whenTrue.Type == CType.Truth && whenFalse.Type == CType.Truth)
        {
            type = CType.Truth;
        }
        else if (whenTrue.Form == CSharpForm.String || whenFalse.Form == CSharpForm.String)
        {
            type = CType.String;
        }
        else
        {
            whenTrue = ToNumber(whenTrue);
            whenFalse = ToNumber(whenFalse);
            if (!whenTrue.Type.IsArithmetic || !whenFalse.Type.IsArithmetic)
            {
                return Fail(conditional.Token, VerbatimCodes.Pointer, $"'?:' choosing between a {whenTrue.Type} and a {whenFalse.Type}");
            }
            type = CSharpTypes.Common(whenTrue.Type, whenFalse.Type);
        }
        var t = ConvertTo(whenTrue, type, conditional.WhenTrue.Token);
        var f = ConvertTo(whenFalse, type, conditional.WhenFalse.Token);
        if (t.Failed || f.Failed)
        {
            return Translated.Error;
        }
        var form = type.IsString ? CSharpForm.String : CSharpForm.Value;
        return new Translated($"{condition.At(Translated.LogicalOr)} ? {t.At(Translated.Conditional)} : {f.At(Translated.Conditional)}",
            type, Translated.Conditional, form);
    }

    private Translated SizeOf(CSizeOf size)
    {
        long bytes;
        if (size.Type is { } type)
        {
            bytes = type.Size;
        }
        else if (Unparenthesized(size.Operand!) is CIdentifier identifier && Scope.Lookup(identifier.Name) is { ArrayLength: { } length } array)
        {
            bytes = length * array.Type.Element().Size;
        }
        else
        {
            var operand = Translate(size.Operand!);
            if (operand.Failed)
            {
                return operand;
            }
            bytes = operand.Type.Size;
        }
        return new Translated(bytes.ToString(CultureInfo.InvariantCulture) + "UL", CType.UnsignedLong, Translated.Primary);
    }

    private static CExpression Unparenthesized(CExpression expression) =>
        expression is CParenthesized parenthesized ? Unparenthesized(parenthesized.Inner) : expression;

    public Translated Fail(CToken token, string code, string message)
    {
        context.Report(code, token, message);
        return Translated.Error;
    }
}
