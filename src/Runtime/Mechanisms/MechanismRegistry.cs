using Nrn.Abi;

namespace Nrn;

/// <summary>The mechanisms a simulation knows by name. Compiled mechanism assemblies register
/// their descriptors here; the runtime never sees the compiler.</summary>
public sealed class MechanismRegistry
{
    private readonly Dictionary<string, MechanismType> _byName = new(StringComparer.Ordinal);
    private readonly List<MechanismType> _inOrder = [];

    /// <summary>Registered types in registration order, the order their blocks run in (as NEURON runs
    /// mechanism types in type order).</summary>
    public IReadOnlyList<MechanismType> Types => _inOrder;

    public MechanismType Register(MechanismDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (_byName.ContainsKey(descriptor.Name))
            throw new ArgumentException($"mechanism '{descriptor.Name}' is already registered", nameof(descriptor));
        if (IonSpecies.IsIonMechanismName(descriptor.Name))
            throw new ArgumentException($"mechanism name '{descriptor.Name}' is reserved for ions", nameof(descriptor));
        var type = new MechanismType(descriptor);
        _byName.Add(descriptor.Name, type);
        _inOrder.Add(type);
        return type;
    }

    /// <summary>Forgets <paramref name="type"/> (before any object of it is made).</summary>
    internal void Remove(MechanismType type)
    {
        _byName.Remove(type.Descriptor.Name);
        _inOrder.Remove(type);
    }

    /// <summary>A FUNCTION_TABLE by NEURON's name for the function that fills it, <c>table_f_mech</c>
    /// (f the FUNCTION_TABLE, mech the mechanism's suffix), shared by every instance of the type.</summary>
    public FunctionTable FunctionTable(string neuronName)
    {
        ArgumentNullException.ThrowIfNull(neuronName);
        foreach (var type in _inOrder)
            foreach (var table in type.Descriptor.FunctionTables)
                if (table.NeuronName == neuronName) return table;
        var known = _inOrder.SelectMany(t => t.Descriptor.FunctionTables).Select(t => t.NeuronName).ToList();
        throw new ArgumentException($"no FUNCTION_TABLE '{neuronName}' (NEURON's table_<function>_<mechanism>; registered: {(known.Count == 0 ? "none" : string.Join(", ", known))})", nameof(neuronName));
    }

    public bool TryGet(string name, out MechanismType type) => _byName.TryGetValue(name, out type!);

    public MechanismType Get(string name, string usedBy) =>
        _byName.TryGetValue(name, out var type)
            ? type
            : throw new ArgumentException($"{usedBy}: unknown mechanism '{name}' (registered: {string.Join(", ", _byName.Keys.Order())})");
}
