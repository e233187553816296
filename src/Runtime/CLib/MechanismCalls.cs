using Nrn.CLib;

namespace Nrn;

/// <summary>Calling a mechanism's FUNCTIONs and PROCEDUREs from C#, as a NEURON script calls
/// <c>stim.noiseFromRandom123(1, 2, 3)</c> or <c>vecstim.play(vec)</c>.</summary>
public static class MechanismCalls
{
    /// <summary>Calls FUNCTION or PROCEDURE <paramref name="function"/> of this point process or artificial
    /// cell with <paramref name="arguments"/>: numbers, or objects (NrnRandom, Vector) that its VERBATIM code
    /// takes with <c>nrn_random_arg</c>/<c>vector_arg</c>. Returns the FUNCTION's value (0 for a PROCEDURE).</summary>
    public static double Call(this MechanismObject target, string function, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(function);
        var model = target.Simulation.EnsureModel();
        var block = target.Block!;
        var kernels = model.Mechanisms.First(m => ReferenceEquals(m.Block, block)).Kernels;
        // The declared parameters of a FUNCTION take the leading numbers, as hoc does.
        var numbers = arguments.TakeWhile(a => a is double or int or long or float or uint)
            .Select(a => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        using var scope = ScriptArguments.Enter(arguments);
        return kernels.Call(block, model.State, target.Instance, function, numbers);
    }
}
