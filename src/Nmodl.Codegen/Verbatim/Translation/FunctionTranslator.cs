using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>C functions at file scope as static methods of the generated class.</summary>
internal sealed class FunctionTranslator(TranslationContext context)
{
    /// <summary>Records the signature so that calls anywhere in the mod file's C can be checked; true when the function
    /// has a body to translate and its types are supported.</summary>
    public bool Declare(CFunction function)
    {
        if (function.Body is null)
        {
            // A prototype alone is harmless, whatever its types (NEURON's own functions are often declared this way);
            // calling a function that is only declared is reported at the call.
            if (KnownNames.Classify(function.Name.Text) is null && !context.Module.Functions.ContainsKey(function.Name.Text))
            {
                context.Module.Functions[function.Name.Text] = new FunctionSymbol(function.Name.Text, CSharpTypes.Identifier(function.Name.Text),
                    function.ReturnType, function.Parameters.Select(p => p.Type).ToList(), function.IsVariadic, false);
            }
            return false;
        }
        var supported = Supported(function.ReturnType, function.Name, function.Name.Text, "the result") &
                        function.Parameters.All(p => Supported(p.Type, p.Name ?? function.Name, function.Name.Text, $"parameter '{p.Name?.Text}'"));
        if (!supported)
        {
            return false;
        }
        context.Module.Functions[function.Name.Text] = new FunctionSymbol(function.Name.Text, CSharpTypes.Identifier(function.Name.Text),
            function.ReturnType, function.Parameters.Select(p => p.Type).ToList(), function.IsVariadic, true);
        return true;
    }

    /// <summary>Writes the method; true (diagnostics, if any, are in the context).</summary>
    public bool Define(CFunction function, CodeWriter writer)
    {
        if (function.Body is null)
        {
            return true;
        }
        if (function.IsVariadic)
        {
            context.Report(VerbatimCodes.UnsupportedConstruct, function.Name, $"variadic function '{function.Name.Text}'");
            return true;
        }
        var scope = new Scope(context.Module.Globals);
        var parameters = new List<string>();
        foreach (var parameter in function.Parameters)
        {
            if (parameter.Name is null)
            {
                context.Report(VerbatimCodes.Syntax, function.Name, $"a parameter of '{function.Name.Text}' has no name");
                return true;
            }
            var form = parameter.Type.IsStructPointer ? CSharpForm.Handle
                : parameter.Type.IsString ? CSharpForm.String : parameter.Type.IsPointer ? CSharpForm.Span : CSharpForm.Value;
            var name = CSharpTypes.Identifier(parameter.Name.Text);
            scope.Add(new VariableSymbol(parameter.Name.Text, name, parameter.Type, form));
            parameters.Add($"{TypeName(parameter.Type)} {name}");
        }
        writer.MapTo(context.Locate(function.Token).Line);
        writer.Line($"private static {TypeName(function.ReturnType)} {CSharpTypes.Identifier(function.Name.Text)}({string.Join(", ", parameters)})");
        writer.OpenBrace();
        var frame = new Frame(function.ReturnType, true, function.Name.Text + "_");
        var statements = new StatementTranslator(context, writer, frame) { Scope = scope };
        statements.Expressions.LocalNames.UnionWith(function.Parameters.Select(p => CSharpTypes.Identifier(p.Name!.Text)));
        statements.Statements(function.Body.Statements);
        if (function.ReturnType.Scalar != CScalar.Void && StatementTranslator.CanFallThrough(function.Body.Statements))
        {
            writer.Line("return default;");
        }
        writer.CloseBrace();
        return true;
    }

    private static string TypeName(CType type) =>
        type.IsStructPointer ? "object" : type.IsString ? "string?" : type.IsPointer ? $"Span<{CSharpTypes.Name(type.Element())}>" : CSharpTypes.Name(type);

    private bool Supported(CType type, CToken where, string function, string what)
    {
        if (type.Scalar == CScalar.Opaque)
        {
            var (code, description) = KnownNames.ClassifyType(type);
            context.Report(code, where, $"{what} of '{function}' has {description}, which is not supported in VERBATIM code");
            return false;
        }
        if (type.Scalar == CScalar.Struct && !type.IsStructPointer)
        {
            context.Report(VerbatimCodes.UserTypes, where, $"{what} of '{function}' is a structure {(type.Pointers == 0 ? "passed by value" : "behind two pointers")} (pointers to structures are supported)");
            return false;
        }
        if (type.Pointers > 1 || (type.Pointers == 1 && type.Scalar == CScalar.Void))
        {
            context.Report(VerbatimCodes.Pointer, where, $"{what} of '{function}' has type {type}{KnownNames.VoidPointerNote(type)}");
            return false;
        }
        return true;
    }
}
