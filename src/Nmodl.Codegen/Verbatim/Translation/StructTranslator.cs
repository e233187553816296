using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>
/// Structures as C# classes. C code keeps a pointer to a structure (from malloc or calloc) in a POINTER or
/// a double through the <c>void**</c> idiom, or in locals; C# keeps a reference to an object of the class,
/// so the same idioms hold it (<c>Nrn.CLib.ObjectRef</c>), <c>p-&gt;a</c> reads a field, and free is left to
/// the garbage collector. Members are numbers, arrays of numbers allocated with malloc or calloc
/// (<c>double* p</c>), strings and pointers to objects or other structures.
/// </summary>
internal sealed class StructTranslator(TranslationContext context)
{
    public void Define(CStructDefinition definition, CodeWriter writer)
    {
        var fields = new Dictionary<string, CType>(StringComparer.Ordinal);
        foreach (var field in definition.Fields)
        {
            if (FieldType(field.Type) is null)
            {
                context.Report(VerbatimCodes.UserTypes, field.Name, $"member '{field.Name.Text}' of type {field.Type} in structure '{definition.Name}'");
                return;
            }
            fields[field.Name.Text] = field.Type;
        }
        var symbol = new StructSymbol(definition.Name, CSharpTypes.Identifier(definition.Name), fields);
        context.Module.Structs[definition.Name] = symbol;
        writer.MapTo(context.Locate(definition.Token).Line);
        writer.Line($"private sealed class {symbol.CSharp}");
        writer.OpenBrace();
        foreach (var field in definition.Fields)
        {
            writer.MapTo(context.Locate(field.Name).Line);
            writer.Line($"public {FieldType(field.Type)} {CSharpTypes.Identifier(field.Name.Text)};");
        }
        writer.CloseBrace();
    }

    /// <summary>How C# holds a member of C type <paramref name="type"/>, or null when it does not.</summary>
    public static string? FieldType(CType type) =>
        type.IsArithmetic ? CSharpTypes.Name(type)
        : type.IsString ? "string"
        : type.Pointers == 1 && type.Element().IsArithmetic ? CSharpTypes.Name(type.Element()) + "[]"
        : type.IsObjectLike && type.Pointers == 1 ? "object"
        : null;

    public static CSharpForm FieldForm(CType type) =>
        type.IsArithmetic ? CSharpForm.Value
        : type.IsString ? CSharpForm.String
        : type.Pointers == 1 && type.Element().IsArithmetic ? CSharpForm.Array
        : CSharpForm.Handle;
}
