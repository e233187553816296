using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// A name resolver filled by hand: explicit variables and functions, plus NEURON's convention that the
/// LOCAL variables and arguments of a FUNCTION or PROCEDURE appear in C as `_l` + name.
/// </summary>
public sealed class DefaultNameResolver : IVerbatimNameResolver
{
    private readonly Dictionary<string, VerbatimName> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VerbatimFunction> _functions = new(StringComparer.Ordinal);

    /// <summary>A variable that C reaches as <paramref name="cName"/>.</summary>
    public DefaultNameResolver Variable(string cName, string csharp, CType type, bool isAssignable = true)
    {
        _variables[cName] = new VerbatimName(csharp, type, isAssignable);
        return this;
    }

    /// <summary>An NMODL LOCAL or argument <paramref name="modName"/> (a double), which C spells `_l` + name.</summary>
    public DefaultNameResolver ModLocal(string modName, string csharp) => Variable("_l" + modName, csharp, CType.Double);

    public DefaultNameResolver Function(string cName, string csharp, CType returnType, params CType[] parameters)
    {
        _functions[cName] = new VerbatimFunction(csharp, returnType, parameters);
        return this;
    }

    public VerbatimName? ResolveVariable(string cName) => _variables.GetValueOrDefault(cName);

    public VerbatimFunction? ResolveFunction(string cName) => _functions.GetValueOrDefault(cName);
}
