using System.Globalization;
using System.Runtime.CompilerServices;
using Nrn.Abi;
using Nrn.CLib;

namespace Nrn;

/// <summary>Calling a mechanism's FUNCTIONs and PROCEDUREs from C#, as a NEURON script calls
/// <c>stim.noiseFromRandom123(1, 2, 3)</c>, <c>vecstim.play(vec)</c>, or, for a density mechanism,
/// <c>setdata_hh(seg)</c> then <c>rates_hh(v)</c>. A FUNCTION returns its value, a PROCEDURE 1 (as
/// NEURON's hoc wrappers return), and a function with a TABLE first brings the table up to date.</summary>
public static class MechanismCalls
{
    // setdata_<suffix>(seg) of each simulation: the segment whose instance section-less calls use.
    private static readonly ConditionalWeakTable<Simulation, Dictionary<string, Segment>> Selected = new();

    /// <summary>Calls FUNCTION or PROCEDURE <paramref name="function"/> of this point process or artificial
    /// cell with <paramref name="arguments"/>: numbers, or objects (NrnRandom, Vector) that its VERBATIM code
    /// takes with <c>nrn_random_arg</c>/<c>vector_arg</c>.</summary>
    public static double Call(this MechanismObject target, string function, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(target);
        var model = target.Simulation.EnsureModel();
        return CallOn(model, target.Block!, target.Instance, function, arguments);
    }

    /// <summary>Calls FUNCTION or PROCEDURE <paramref name="function"/> of this density mechanism at this
    /// segment (<c>seg.Mech("hh").Call("rates", v)</c>: NEURON's <c>setdata_hh(seg)</c> then <c>rates_hh(v)</c>).</summary>
    public static double Call(this MechanismAccess mechanism, string function, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        var model = mechanism.Segment.Section.Simulation.EnsureModel();
        var data = mechanism.Data;
        return CallOn(model, data.Block!, data.Instance(mechanism.Segment.Index), function, arguments);
    }

    /// <summary>NEURON's <c>setdata_&lt;suffix&gt;(seg)</c>: the instance of density mechanism
    /// <paramref name="mechanism"/> at <paramref name="segment"/> is the one later section-less calls
    /// (<see cref="Call(Simulation, string, object?[])"/>) read and write.</summary>
    public static void SetData(this Simulation simulation, string mechanism, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(segment);
        var type = DensityType(simulation, mechanism, $"setdata_{mechanism}");
        segment.Mech(type.Name);
        Selected.GetOrCreateValue(simulation)[type.Name] = segment;
    }

    /// <summary>A density mechanism's FUNCTION or PROCEDURE by its script name, <c>name_suffix</c>
    /// (<c>sim.Call("rates_hh", v)</c>, NEURON's <c>h.rates_hh(v)</c>), on the instance chosen by
    /// <see cref="SetData"/>. Without one it runs on the mechanism's first instance: NEURON would pass no
    /// instance, which only works for functions that use no RANGE variable, and those give the same here.</summary>
    public static double Call(this Simulation simulation, string name, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(name);
        var (type, function) = SplitSuffix(simulation, name);
        if (Selected.TryGetValue(simulation, out var chosen) && chosen.TryGetValue(type.Name, out var segment))
            return segment.Mech(type.Name).Call(function, arguments);
        var model = simulation.EnsureModel();
        foreach (var run in model.Mechanisms)
        {
            if (run.Block.Descriptor.Name == type.Name && run.Block.Count > 0) return CallOn(model, run.Block, 0, function, arguments);
        }
        throw new InvalidOperationException(
            $"{name}: mechanism '{type.Name}' is not inserted in any section; its FUNCTIONs and PROCEDUREs run on an instance of it");
    }

    private static double CallOn(CompiledModel model, MechanismBlock block, int instance, string function, object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(function);
        var kernels = model.Mechanisms.First(m => ReferenceEquals(m.Block, block)).Kernels;
        // The declared parameters of a FUNCTION take the leading numbers, as hoc does.
        var numbers = arguments.TakeWhile(a => a is double or int or long or float or uint)
            .Select(a => Convert.ToDouble(a, CultureInfo.InvariantCulture)).ToArray();
        using var scope = ScriptArguments.Enter(arguments);
        return kernels.Call(block, model.State, instance, function, numbers);
    }

    private static (MechanismType Type, string Function) SplitSuffix(Simulation simulation, string name)
    {
        for (var k = name.LastIndexOf('_'); k > 0; k = name.LastIndexOf('_', k - 1))
        {
            if (simulation.Registry.TryGet(name[(k + 1)..], out var type) && type.Descriptor.Kind == MechanismKind.Density)
                return (type, name[..k]);
        }
        throw new ArgumentException($"'{name}' is not a density mechanism's FUNCTION or PROCEDURE: scripts call them as name_suffix (rates_hh)");
    }

    private static MechanismType DensityType(Simulation simulation, string mechanism, string usedBy)
    {
        var type = simulation.Registry.Get(mechanism, usedBy);
        return type.Descriptor.Kind == MechanismKind.Density ? type
            : throw new ArgumentException($"{usedBy}: '{mechanism}' is a {type.Descriptor.Kind}, not a density mechanism; call its functions on the object itself");
    }
}
