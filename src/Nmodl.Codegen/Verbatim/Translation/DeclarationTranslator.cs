using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>
/// Declarations of C variables as C# locals or static fields: scalars stay scalars, file-scope arrays become
/// arrays, local arrays become stack spans, pointers become spans, char* becomes string, and static locals
/// become fields of the class because they keep their value across calls.
/// </summary>
internal sealed class DeclarationTranslator(TranslationContext context, ExpressionTranslator expressions)
{
    /// <summary>A declaration inside a function or a statement block.</summary>
    public void Local(CDeclaration declaration, CodeWriter writer, string hoistPrefix, bool insideLoop)
    {
        if (declaration.Storage == CStorage.Extern)
        {
            return;
        }
        foreach (var declarator in declaration.Declarators)
        {
            if (declaration.Storage != CStorage.Static && declarator.ArrayLengths is null && declarator.Type.IsObjectLike)
            {
                if (ObjectLocal(declarator) is { } handle)
                {
                    writer.Line(handle + ";");
                }
                continue;
            }
            if (!Supported(declarator))
            {
                continue;
            }
            if (declaration.Storage == CStorage.Static)
            {
                var fieldName = CSharpTypes.Identifier(hoistPrefix + declarator.Name.Text);
                var field = Field(declarator, fieldName);
                if (field is not null)
                {
                    context.Module.HoistedFields.Add((context.Locate(declarator.Name), field.Value.Declaration));
                    expressions.Scope.Add(field.Value.Symbol);
                }
                continue;
            }
            if (insideLoop && declarator.ArrayLengths is not null)
            {
                // stackalloc inside a loop takes new stack space on every iteration until the method returns.
                context.Report(VerbatimCodes.UnsupportedConstruct, declarator.Name,
                    $"array '{declarator.Name.Text}' declared inside a loop (declare it before the loop)");
                continue;
            }
            var local = LocalDeclarator(declarator);
            if (local is not null)
            {
                writer.Line(local + ";");
            }
        }
    }

    /// <summary>The declaration in a for header: for (int i = 0, j = 1; ...).</summary>
    public string ForInitializer(CDeclaration declaration)
    {
        var parts = new List<string>();
        string? type = null;
        foreach (var declarator in declaration.Declarators)
        {
            if (!Supported(declarator) || declarator.ArrayLengths is not null || declarator.Type.IsPointer)
            {
                context.Report(VerbatimCodes.UnsupportedConstruct, declarator.Name, "arrays and pointers declared in a for header");
                continue;
            }
            var text = LocalDeclarator(declarator);
            if (text is null)
            {
                continue;
            }
            var name = CSharpTypes.Name(declarator.Type);
            parts.Add(type is null ? text : text[(name.Length + 1)..]);
            type ??= name;
        }
        return string.Join(", ", parts);
    }

    /// <summary>A file-scope declaration as static fields.</summary>
    public void FileScope(CDeclaration declaration, CodeWriter writer)
    {
        if (declaration.Storage == CStorage.Extern)
        {
            return;
        }
        foreach (var declarator in declaration.Declarators)
        {
            if (!Supported(declarator))
            {
                continue;
            }
            if (declarator.Type.IsPointer && !declarator.Type.IsString && declarator.ArrayLengths is null)
            {
                context.Report(VerbatimCodes.Pointer, declarator.Name,
                    $"pointer variable '{declarator.Name.Text}' at file scope (C# spans cannot be stored in fields)");
                continue;
            }
            var field = Field(declarator, CSharpTypes.Identifier(declarator.Name.Text));
            if (field is not null)
            {
                writer.MapTo(context.Locate(declarator.Name).Line);
                writer.Line(field.Value.Declaration);
                expressions.Scope.Add(field.Value.Symbol);
            }
        }
    }

    private bool Supported(CDeclarator declarator)
    {
        if (declarator.Type.Scalar == CScalar.Opaque)
        {
            var (code, description) = KnownNames.ClassifyType(declarator.Type);
            context.Report(code, declarator.Name, $"'{declarator.Name.Text}' has {description}, which is not supported in VERBATIM code");
            return false;
        }
        if (declarator.Type.Scalar == CScalar.Struct)
        {
            context.Report(VerbatimCodes.UserTypes, declarator.Name,
                $"'{declarator.Name.Text}' of type {declarator.Type}{(declarator.ArrayLengths is null ? "" : "[]")} (structures are supported behind one pointer, in locals, parameters, members and NEURON's void** idiom)");
            return false;
        }
        if (declarator.Type.Pointers > 1 || (declarator.Type.IsPointer && declarator.ArrayLengths is not null) ||
            (declarator.Type.Scalar == CScalar.Void && declarator.Type.Pointers > 0))
        {
            context.Report(VerbatimCodes.Pointer, declarator.Name,
                $"'{declarator.Name.Text}' of type {declarator.Type}{(declarator.ArrayLengths is null ? "" : "[]")}{KnownNames.VoidPointerNote(declarator.Type)}");
            return false;
        }
        if (declarator.ArrayLengths is { Count: > 1 })
        {
            context.Report(VerbatimCodes.UnsupportedConstruct, declarator.Name, $"multi-dimensional array '{declarator.Name.Text}'");
            return false;
        }
        if (declarator.Type.Scalar == CScalar.Void && declarator.Type.Pointers == 0)
        {
            context.Report(VerbatimCodes.Type, declarator.Name, $"variable '{declarator.Name.Text}' of type void");
            return false;
        }
        return true;
    }

    private string? LocalDeclarator(CDeclarator declarator)
    {
        var name = expressions.NewLocalName(declarator.Name.Text);
        if (declarator.ArrayLengths is not null)
        {
            var elements = ArrayElements(declarator, out var length);
            if (elements is null)
            {
                return null;
            }
            var element = CSharpTypes.Name(declarator.Type);
            expressions.Scope.Add(new VariableSymbol(declarator.Name.Text, name, declarator.Type.PointerTo(), CSharpForm.Span, length));
            return elements.Count == 0
                ? $"Span<{element}> {name} = stackalloc {element}[{length}]"
                : $"Span<{element}> {name} = stackalloc {element}[] {{ {string.Join(", ", elements)} }}";
        }
        var form = FormOf(declarator.Type);
        var initial = declarator.Initializer is null ? Default(form) : Initial(declarator);
        if (initial is null)
        {
            return null;
        }
        expressions.Scope.Add(new VariableSymbol(declarator.Name.Text, name, declarator.Type, form));
        return $"{CSharpTypes.Declared(declarator.Type, form)} {name} = {initial}";
    }

    /// <summary>A local that holds a NEURON object (<c>void* r</c>, <c>Rand* r = nrn_random_arg(1)</c>) or the slot
    /// of one (<c>void** pv = (void**)(&amp;_p_donotuse)</c>, then <c>*pv = ...</c>).</summary>
    private string? ObjectLocal(CDeclarator declarator)
    {
        var name = expressions.NewLocalName(declarator.Name.Text);
        if (declarator.Initializer is null)
        {
            if (declarator.Type.Pointers == 2)
            {
                expressions.Scope.Add(new VariableSymbol(declarator.Name.Text, name, HeldType(declarator.Type), CSharpForm.HandleSlot));
                return $"{TranslationContext.Runtime}.ObjectRef {name} = default";
            }
            expressions.Scope.Add(new VariableSymbol(declarator.Name.Text, name, HeldType(declarator.Type), CSharpForm.Handle));
            return $"object {name} = null";
        }
        var value = expressions.Translate(declarator.Initializer);
        if (value.Failed)
        {
            return null;
        }
        var slot = declarator.Type.Pointers == 2;
        if (value.Form != (slot ? CSharpForm.HandleSlot : CSharpForm.Handle) && !(!slot && value.Code is "null" or "0"))
        {
            context.Report(VerbatimCodes.Pointer, declarator.Name,
                $"'{declarator.Name.Text}' of type {declarator.Type} set from a {value.Type} ({(slot ? "the address of a POINTER's object, &_p_name," : "a NEURON object")} is expected)");
            return null;
        }
        expressions.Scope.Add(new VariableSymbol(declarator.Name.Text, name, HeldType(declarator.Type), slot ? CSharpForm.HandleSlot : CSharpForm.Handle));
        return slot ? $"{TranslationContext.Runtime}.ObjectRef {name} = {value.Code}" : $"object {name} = {(value.Code == "0" ? "null" : value.Code)}";
    }

    /// <summary>The type a local holding an object keeps: a structure's pointer type (so that '->' knows the members), or NEURON's object.</summary>
    private static CType HeldType(CType declared) =>
        declared.Scalar == CScalar.Struct ? declared : declared.Pointers == 2 ? CType.ObjectSlot : CType.Object;

    private (string Declaration, VariableSymbol Symbol)? Field(CDeclarator declarator, string name)
    {
        // static const char rcsid[] = "$Id: ...$"; (a version string many mod files carry)
        if (declarator.ArrayLengths is [null] && declarator.Type == new CType(CScalar.Char) && declarator.Initializer is CStringLiteral text)
        {
            var value = expressions.Translate(text);
            return ($"private static readonly string {name} = {value.Code};", new VariableSymbol(declarator.Name.Text, name, CType.String, CSharpForm.String, IsAssignable: false));
        }
        if (declarator.ArrayLengths is not null)
        {
            var elements = ArrayElements(declarator, out var length);
            if (elements is null)
            {
                return null;
            }
            var element = CSharpTypes.Name(declarator.Type);
            var values = elements.Count == 0 ? "" : $" {{ {string.Join(", ", elements)} }}";
            var symbol = new VariableSymbol(declarator.Name.Text, name, declarator.Type.PointerTo(), CSharpForm.Array, length);
            return ($"private static readonly {element}[] {name} = new {element}[{length}]{values};", symbol);
        }
        var form = FormOf(declarator.Type);
        var initial = declarator.Initializer is null ? Default(form) : Initial(declarator);
        return initial is null
            ? null
            : ($"private static {CSharpTypes.Declared(declarator.Type, form)} {name} = {initial};",
                new VariableSymbol(declarator.Name.Text, name, declarator.Type, form));
    }

    private static CSharpForm FormOf(CType type) =>
        type.IsString ? CSharpForm.String : type.IsPointer ? CSharpForm.Span : CSharpForm.Value;

    private static string Default(CSharpForm form) => form switch
    {
        CSharpForm.String => "null",
        CSharpForm.Span => "default",
        _ => "0",
    };

    private string? Initial(CDeclarator declarator)
    {
        var value = expressions.ConvertTo(expressions.Translate(declarator.Initializer!), declarator.Type, declarator.Initializer!.Token);
        return value.Failed ? null : value.Code;
    }

    /// <summary>The initial elements of an array (empty when it has no initializer) padded with zeros to its length, as C does.</summary>
    private List<string>? ArrayElements(CDeclarator declarator, out long length)
    {
        var items = declarator.Initializer switch
        {
            null => [],
            CInitializerList list => list.Items,
            _ => (IReadOnlyList<CExpression>?)null,
        };
        length = 0;
        if (items is null)
        {
            context.Report(VerbatimCodes.Type, declarator.Name, $"array '{declarator.Name.Text}' initialized with something other than {{...}}");
            return null;
        }
        var size = declarator.ArrayLengths![0];
        if (size is null)
        {
            length = items.Count;
        }
        else if (ConstantFolder.Evaluate(size) is { } constant && constant > 0)
        {
            length = constant;
        }
        else
        {
            context.Report(VerbatimCodes.UnsupportedConstruct, declarator.Name, $"array '{declarator.Name.Text}' whose length is not a positive integer constant");
            return null;
        }
        if (items.Count > length)
        {
            context.Report(VerbatimCodes.Type, declarator.Name, $"array '{declarator.Name.Text}' has {items.Count} initializers for {length} elements");
            return null;
        }
        var elements = new List<string>();
        foreach (var item in items)
        {
            var value = expressions.ConvertTo(expressions.Translate(item), declarator.Type, item.Token);
            if (value.Failed)
            {
                return null;
            }
            elements.Add(value.Code);
        }
        if (elements.Count > 0)
        {
            elements.AddRange(Enumerable.Repeat("0", (int)(length - elements.Count)));
        }
        return elements;
    }
}
