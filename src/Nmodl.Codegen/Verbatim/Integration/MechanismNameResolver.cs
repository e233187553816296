using System.Collections.Immutable;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Semantics;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim;

/// <summary>
/// NEURON's names in VERBATIM C, for one block of a mechanism: <c>_l</c> + name for the block's LOCALs,
/// arguments and FUNCTION value; the plain name for PARAMETERs, ASSIGNED, STATEs, ion variables and
/// POINTERs (nocmodl defines them as macros over <c>_p</c>/<c>_ppvar</c>); <c>_ion_</c> + name for the ion's
/// own value; <c>t</c>, <c>dt</c>, <c>v</c>, <c>celsius</c>; and the mod file's FUNCTIONs and PROCEDUREs.
/// <c>_p_</c> + name of a POINTER is the object VERBATIM code keeps there (a Random, a Random123
/// stream, a Vector: NEURON's idiom for them). In NET_RECEIVE, <c>_args</c> is the array of the NetCon's weights, as in nocmodl's C.
/// Variables are handed to the translator as placeholders of <see cref="Operands"/> (see <see cref="VerbatimCode"/>).
/// </summary>
internal sealed class MechanismNameResolver(MechanismSymbols symbols, Func<string, VarRef?> localOf, bool netReceive) : IVerbatimNameResolver
{
    private readonly List<VarRef> _operands = [];

    public ImmutableArray<Expr> Operands => [.. _operands.Select(r => (Expr)r)];

    public VerbatimName? ResolveVariable(string cName)
    {
        if (netReceive && cName == "_args") return new VerbatimName("arguments", new CType(CScalar.Double, 1), false);
        if (cName.StartsWith("_p_", StringComparison.Ordinal))
            return symbols.TryResolve(cName[3..], out var pointer) && pointer is Variable { Ref.Storage: Storage.Pointer } p
                ? new VerbatimName($"block.Pointers[{p.Ref.Index}].Objects[i].Value", CType.Object) { Connected = $"block.Pointers[{p.Ref.Index}].Target[i] != null" }
                : null;
        if (cName.StartsWith("_ion_", StringComparison.Ordinal))
            return symbols.TryResolve(cName[5..], out var ion) && ion is Variable { Ref.Storage: Storage.Ion } v ? Operand(v.Ref, true) : null;
        if (cName.StartsWith("_l", StringComparison.Ordinal) && localOf(cName[2..]) is { } local)
            return Operand(local, local.Storage != Storage.Flag);
        if (MechanismSymbols.Implicit(cName) is { } simulator)
            return Operand(simulator, false);
        if (!symbols.TryResolve(cName, out var value)) return null;
        return value switch
        {
            Variable variable => Operand(variable.Ref, !symbols.IsConstant(cName)),
            Number n => new VerbatimName(CSharpNames.Literal(n.Value), CType.Double, false),
            _ => null,
        };
    }

    public VerbatimFunction? ResolveFunction(string cName) =>
        symbols.Functions.TryGetValue(cName, out var f)
            ? new VerbatimFunction(CSharpNames.Function(cName), CType.Double, [.. Enumerable.Repeat(CType.Double, f.Arity)]) { LeadingArguments = "block, state, i, v" }
            : null;

    private VerbatimName Operand(VarRef variable, bool assignable)
    {
        var index = _operands.IndexOf(variable);
        if (index < 0)
        {
            index = _operands.Count;
            _operands.Add(variable);
        }
        return new VerbatimName(VerbatimCode.Placeholder(index), CType.Double, assignable);
    }
}
