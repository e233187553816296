using Nrn.CLib;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

internal sealed partial class ExpressionTranslator
{
    /// <summary>&lt;math.h&gt; functions of doubles and their System.Math counterparts (fmod is C#'s % on doubles);
    /// exp is NEURON's, because NEURON's generated C redefines it as hoc_Exp.</summary>
    private static readonly Dictionary<string, (string CSharp, int Arity)> MathFunctions = new()
    {
        ["exp"] = ($"{TranslationContext.Runtime}.HocMath.Exp", 1), ["log"] = ("Math.Log", 1), ["log10"] = ("Math.Log10", 1), ["pow"] = ("Math.Pow", 2),
        ["fabs"] = ("Math.Abs", 1), ["floor"] = ("Math.Floor", 1), ["ceil"] = ("Math.Ceiling", 1), ["sqrt"] = ("Math.Sqrt", 1),
        ["sin"] = ("Math.Sin", 1), ["cos"] = ("Math.Cos", 1), ["tan"] = ("Math.Tan", 1), ["asin"] = ("Math.Asin", 1),
        ["acos"] = ("Math.Acos", 1), ["atan"] = ("Math.Atan", 1), ["atan2"] = ("Math.Atan2", 2), ["sinh"] = ("Math.Sinh", 1),
        ["cosh"] = ("Math.Cosh", 1), ["tanh"] = ("Math.Tanh", 1), ["fmin"] = ("double.MinNumber", 2),
        ["fmax"] = ("double.MaxNumber", 2), ["fmod"] = ("%", 2),
    };

    /// <summary>Translates a call used for its value (or as a statement).</summary>
    private Translated Call(CCall call)
    {
        if (call.Callee is not CIdentifier callee)
        {
            return Fail(call.Token, VerbatimCodes.Pointer, "call through a function pointer");
        }
        var name = callee.Name;
        if (context.Module.Functions.TryGetValue(name, out var function) && function.IsDefined)
        {
            return UserCall(call, function.CSharp, function.ReturnType, function.Parameters, function.IsVariadic);
        }
        if (MathFunctions.TryGetValue(name, out var math))
        {
            return MathCall(call, name, math.CSharp, math.Arity);
        }
        switch (name)
        {
            case "abs" or "labs":
                return IntegerAbs(call, name == "abs" ? CType.Int : CType.Long);
            case "round":
                return MathCall(call, name, "Math.Round", 1, ", MidpointRounding.AwayFromZero");
            case "printf":
                return Printf(call, $"{TranslationContext.Runtime}.CStdio.Printf", call.Arguments);
            case "fprintf":
                return Fprintf(call);
            case "fflush":
                return call.Arguments is [CIdentifier { Name: "stdout" or "stderr" }]
                    ? new Translated($"{TranslationContext.Runtime}.CStdio.Flush()", CType.Int, Translated.Primary)
                    : Fail(call.Token, VerbatimCodes.OperatingSystem, "fflush of a stream other than stdout or stderr");
            case "hoc_execerror":
                return Fail(call.Token, VerbatimCodes.UnsupportedConstruct, "hoc_execerror used inside an expression (it is translated as a statement)");
        }
        if (Allocation(call) is { } allocation)
        {
            return allocation;
        }
        if (NeuronRuntime.Functions.TryGetValue(name, out var runtime))
        {
            return UserCall(call, runtime.CSharp, runtime.ReturnType, runtime.Parameters, false, runtime.LeadingArguments);
        }
        if (context.Resolver.ResolveFunction(name) is { } resolved)
        {
            // NEURON's C passes its thread arguments first to the FUNCTIONs and PROCEDUREs of a thread-safe mod file
            // (rate(_threadargscomma_ _lv)); the generated C# method reaches the instance data by itself.
            var withoutThreadArguments = call.Arguments is [CIdentifier { Name: "_threadargs_" }, ..]
                ? call with { Arguments = call.Arguments.Skip(1).ToList() }
                : call;
            return UserCall(withoutThreadArguments, resolved.CSharp, resolved.ReturnType, resolved.Parameters, false, resolved.LeadingArguments);
        }
        if (KnownNames.Classify(name) is { } known)
        {
            return Fail(call.Token, known.Code, known.Description);
        }
        if (context.Module.Untranslated.TryGetValue(name, out var reason))
        {
            return Fail(call.Token, reason.Code, $"'{name}' could not be translated ({reason.Location.Line}:{reason.Location.Column}: {reason.Message})");
        }
        if (function is not null)
        {
            return Fail(call.Token, VerbatimCodes.UnknownFunction, $"function '{name}' is declared but not defined in the VERBATIM code");
        }
        return Fail(call.Token, VerbatimCodes.UnknownFunction, $"unknown function '{name}'");
    }

    private List<Translated>? Arguments(CCall call, IReadOnlyList<CType> parameters, bool variadic, string name)
    {
        var values = call.Arguments.Select(Translate).ToList();
        if (values.Any(v => v.Failed))
        {
            return null;
        }
        if (call.Arguments.Count < parameters.Count || (!variadic && call.Arguments.Count > parameters.Count))
        {
            Fail(call.Token, VerbatimCodes.Type, $"'{name}' takes {parameters.Count} arguments, found {call.Arguments.Count}");
            return null;
        }
        var result = values.Select((v, i) => i < parameters.Count ? ConvertTo(v, parameters[i], call.Arguments[i].Token) : ToNumber(v)).ToList();
        return result.Any(a => a.Failed) ? null : result;
    }

    private Translated UserCall(CCall call, string csharp, CType returnType, IReadOnlyList<CType> parameters, bool variadic, string leadingArguments = "")
    {
        if (variadic)
        {
            return Fail(call.Token, VerbatimCodes.UnsupportedConstruct, $"call of variadic function '{csharp}'");
        }
        var arguments = Arguments(call, parameters, false, csharp);
        if (arguments is null)
        {
            return Translated.Error;
        }
        var form = FormOf(returnType);
        var all = arguments.Select(a => a.Code).Prepend(leadingArguments).Where(a => a.Length > 0);
        return new Translated($"{csharp}({string.Join(", ", all)})", returnType, Translated.Primary, form);
    }

    private Translated MathCall(CCall call, string name, string csharp, int arity, string extra = "")
    {
        if (call.Arguments.Count != arity)
        {
            return Fail(call.Token, VerbatimCodes.Type, $"'{name}' takes {arity} arguments, found {call.Arguments.Count}");
        }
        var codes = new List<string>();
        foreach (var argument in call.Arguments)
        {
            var value = ToNumber(Translate(argument));
            if (value.Failed)
            {
                return value;
            }
            if (!value.Type.IsArithmetic)
            {
                return Fail(argument.Token, VerbatimCodes.Type, $"'{name}' needs a number, found a {value.Type}");
            }
            codes.Add(value.Type == CType.Double ? value.Code : Cast(value, CType.Double).Code);
        }
        if (csharp == "%")
        {
            return new Translated($"{Paren(codes[0], call.Arguments[0])} % {Paren(codes[1], call.Arguments[1])}", CType.Double, Translated.Multiplicative);
        }
        return new Translated($"{csharp}({string.Join(", ", codes)}{extra})", CType.Double, Translated.Primary);
    }

    private string Paren(string code, CExpression source) =>
        source is CIdentifier or CIntegerLiteral or CFloatLiteral or CParenthesized or CCall or CIndex ? code : "(" + code + ")";

    private Translated IntegerAbs(CCall call, CType type)
    {
        var arguments = Arguments(call, [type], false, "abs");
        return arguments is null ? Translated.Error : new Translated($"Math.Abs({arguments[0].Code})", type, Translated.Primary);
    }

    private Translated Fprintf(CCall call)
    {
        var stream = call.Arguments.Count > 0 ? call.Arguments[0] as CIdentifier : null;
        var rest = call.Arguments.Skip(1).ToList();
        return stream?.Name switch
        {
            "stderr" => Printf(call, $"{TranslationContext.Runtime}.CStdio.ErrorPrintf", rest),
            "stdout" => Printf(call, $"{TranslationContext.Runtime}.CStdio.Printf", rest),
            _ => Fail(call.Token, VerbatimCodes.OperatingSystem, "fprintf to a file (only stdout and stderr are translated)"),
        };
    }

    /// <summary>printf-family calls: the format must be a literal, so that its conversions can be checked against the arguments as gcc's -Wformat does.</summary>
    private Translated Printf(CCall call, string method, IReadOnlyList<CExpression> arguments)
    {
        if (arguments.Count == 0 || arguments[0] is not CStringLiteral format)
        {
            return Fail(call.Token, VerbatimCodes.Format, "printf needs a string literal as its format");
        }
        var expected = new List<(char Conversion, string Length)>();
        var position = 0;
        while ((position = format.Value.IndexOf('%', position)) >= 0)
        {
            position++;
            var spec = CFormatSpec.Parse(format.Value, ref position);
            if (spec is null)
            {
                return Fail(format.Token, VerbatimCodes.Format, $"unsupported conversion in format {StringLiteral(format.Value)}");
            }
            if (spec.WidthFromArgument)
            {
                expected.Add(('*', ""));
            }
            if (spec.PrecisionFromArgument)
            {
                expected.Add(('*', ""));
            }
            if (spec.Conversion != '%')
            {
                expected.Add((spec.Conversion, spec.Length));
            }
        }
        if (expected.Count != arguments.Count - 1)
        {
            return Fail(call.Token, VerbatimCodes.Format,
                $"format {StringLiteral(format.Value)} has {expected.Count} conversions but {arguments.Count - 1} arguments follow");
        }
        var codes = new List<string> { StringLiteral(format.Value) };
        for (var i = 0; i < expected.Count; i++)
        {
            var argument = ToNumber(Translate(arguments[i + 1]));
            if (argument.Failed)
            {
                return Translated.Error;
            }
            var mismatch = FormatMismatch(expected[i].Conversion, expected[i].Length, argument.Type);
            if (mismatch is not null)
            {
                return Fail(arguments[i + 1].Token, VerbatimCodes.Format, mismatch);
            }
            // C's default argument promotions: float to double, types narrower than int to int.
            codes.Add(argument.Type.Scalar is CScalar.Float ? Cast(argument, CType.Double).Code
                : argument.Type.IsInteger && argument.Type.Rank < 3 ? Cast(argument, CType.Int).Code
                : argument.Code);
        }
        return new Translated($"{method}({string.Join(", ", codes)})", CType.Int, Translated.Primary);
    }

    private static string? FormatMismatch(char conversion, string length, CType type)
    {
        var wanted = conversion switch
        {
            's' => "a string",
            'f' or 'F' or 'e' or 'E' or 'g' or 'G' => "a double",
            _ => length == "l" ? "a long" : "an int",
        };
        var fits = conversion switch
        {
            's' => type.IsString,
            'f' or 'F' or 'e' or 'E' or 'g' or 'G' => type.IsFloating,
            _ => type.IsInteger && (length == "l" ? type.Size == 8 : type.Size <= 4),
        };
        return fits ? null : $"'%{(conversion == '*' ? "*" : length + conversion)}' expects {wanted}, the argument is a {type}";
    }
}
