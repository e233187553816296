using System.Collections.Frozen;

namespace Nmodl.Codegen.Semantics;

/// <summary>The names nocmodl refuses to declare ("NAME is a RESERVED WORD"): its table of the
/// scopmath and NEURON functions a mod file may call without defining them. A PARAMETER, ASSIGNED,
/// STATE, CONSTANT, DEFINE, FUNCTION, PROCEDURE or FUNCTION_TABLE may not take one; a LOCAL or a
/// function's argument may.</summary>
public static class ReservedNames
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "first_time", "error", "f_flux", "b_flux", "fabs", "sqrt", "sin", "cos", "tan", "acos", "asin", "atan", "atan2",
        "sinh", "cosh", "tanh", "floor", "ceil", "fmod", "log10", "log", "pow", "printf", "prterr", "exp", "threshold",
        "force", "deflate", "expfit", "derivs", "spline", "hyperbol", "revhyperbol", "sigmoid", "revsigmoid", "harmonic",
        "squarewave", "sawtooth", "revsawtooth", "ramp", "pulse", "perpulse", "step", "perstep", "erf", "exprand",
        "factorial", "gauss", "normrand", "poisrand", "poisson", "setseed", "scop_random", "boundary", "romberg",
        "legendre", "invert", "stepforce", "schedule", "set_seed", "nrn_pointing", "state_discontinuity", "net_send",
        "net_move", "net_event", "nrn_random_play", "at_time", "nrn_ghk",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsReserved(string name) => Names.Contains(name);
}
