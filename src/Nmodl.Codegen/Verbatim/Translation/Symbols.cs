using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>How a C object is held in C#: a plain value, an array (file-scope arrays), a span (pointers,
/// local arrays, pointer parameters) or a string (char*).</summary>
internal enum CSharpForm
{
    Value,
    Array,
    Span,
    String,
    /// <summary>A NEURON object held as a C# object (<see cref="CType.Object"/>): tested against null, passed on, cast freely.</summary>
    Handle,
    /// <summary>The slot that holds a NEURON object (<see cref="CType.ObjectSlot"/>): <c>*slot</c> is its <c>Value</c>.</summary>
    HandleSlot,
}

/// <summary>A variable the C declares; arrays record their length for sizeof.</summary>
internal sealed record VariableSymbol(string CName, string CSharp, CType Type, CSharpForm Form, long? ArrayLength = null, bool IsAssignable = true);

/// <summary>A function the C declares or defines.</summary>
internal sealed record FunctionSymbol(string CName, string CSharp, CType ReturnType, IReadOnlyList<CType> Parameters, bool IsVariadic, bool IsDefined);

/// <summary>Nested block scopes of C variables.</summary>
internal sealed class Scope(Scope? parent)
{
    private readonly Dictionary<string, VariableSymbol> _symbols = new(StringComparer.Ordinal);

    public Scope? Parent { get; } = parent;

    public void Add(VariableSymbol symbol) => _symbols[symbol.CName] = symbol;

    public VariableSymbol? Lookup(string name) =>
        _symbols.TryGetValue(name, out var symbol) ? symbol : Parent?.Lookup(name);
}

/// <summary>A structure the C defines: the C# class that holds it and the C types of its members.</summary>
internal sealed record StructSymbol(string CName, string CSharp, IReadOnlyDictionary<string, CType> Fields);
