using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>
/// NEURON's C functions that VERBATIM code calls for script arguments, Random and Random123 streams,
/// Vectors, script-defined functions (hoc_lookup, hoc_pushx, hoc_call_func), hoc_Exp and pattern.mod's nrn_fake_fire, with
/// their C types, and the runtime methods (namespace <c>Nrn.CLib</c>) that do the same. Objects (<see cref="CType.Object"/>) are whatever pointer type the C declares them with.
/// </summary>
internal static class NeuronRuntime
{
    private const string Arguments = TranslationContext.Runtime + ".ScriptArguments.";
    private const string Objects = TranslationContext.Runtime + ".HocObjects.";
    private const string ScriptFunctions = TranslationContext.Runtime + ".HocFunctions.";

    public static readonly IReadOnlyDictionary<string, VerbatimFunction> Functions = new Dictionary<string, VerbatimFunction>
    {
        ["hoc_Exp"] = new(TranslationContext.Runtime + ".HocMath.Exp", CType.Double, [CType.Double]),
        ["ifarg"] = new(Arguments + "IfArg", CType.Int, [CType.Int]),
        ["hoc_is_double_arg"] = new(Arguments + "IsNumber", CType.Int, [CType.Int]),
        ["hoc_is_object_arg"] = new(Arguments + "IsObject", CType.Int, [CType.Int]),
        ["getarg"] = new(Arguments + "GetArg", CType.DoublePointer, [CType.Int]),
        ["hoc_getarg"] = new(Arguments + "GetArg", CType.DoublePointer, [CType.Int]),
        ["nrn_random_arg"] = new(Arguments + "RandomArg", CType.Object, [CType.Int]),
        ["vector_arg"] = new(Arguments + "VectorArg", CType.Object, [CType.Int]),
        ["vector_capacity"] = new(Objects + "VectorSize", CType.Int, [CType.Object]),
        ["vector_vec"] = new(Objects + "VectorData", CType.DoublePointer, [CType.Object]),
        ["vector_resize"] = new(Objects + "VectorResize", CType.Void, [CType.Object, CType.Int]),
        ["vector_new1"] = new(Objects + "VectorNew", CType.Object, [CType.Int]),
        ["nrn_fake_fire"] = new("global::Nrn.NetworkCalls.FakeFire", CType.Void, [CType.Int, CType.Double, CType.Int]) { LeadingArguments = "state" },
        ["nrn_random_pick"] = new(Objects + "RandomPick", CType.Double, [CType.Object]),
        ["nrn_random_reset"] = new(Objects + "RandomReset", CType.Void, [CType.Object]),
        ["nrn_get_random_sequence"] = new(Objects + "GetRandomSequence", CType.Long, [CType.Object]),
        ["nrn_set_random_sequence"] = new(Objects + "SetRandomSequence", CType.Void, [CType.Object, CType.Long]),
        ["nrnran123_newstream"] = new(Objects + "NewStream", CType.Object, [CType.UnsignedInt, CType.UnsignedInt]),
        ["nrnran123_newstream3"] = new(Objects + "NewStream3", CType.Object, [CType.UnsignedInt, CType.UnsignedInt, CType.UnsignedInt]),
        ["nrnran123_deletestream"] = new(Objects + "DeleteStream", CType.Void, [CType.Object]),
        ["nrnran123_dblpick"] = new(Objects + "StreamDouble", CType.Double, [CType.Object]),
        ["nrnran123_negexp"] = new(Objects + "StreamNegexp", CType.Double, [CType.Object]),
        ["nrnran123_normal"] = new(Objects + "StreamNormal", CType.Double, [CType.Object]),
        ["nrnran123_ipick"] = new(Objects + "StreamUInt32", CType.UnsignedInt, [CType.Object]),
        ["nrnran123_setseq"] = new(Objects + "StreamSetSequence", CType.Void, [CType.Object, CType.UnsignedInt, CType.Int]),
        ["nrnran123_set_globalindex"] = new(Objects + "SetGlobalIndex", CType.Void, [CType.UnsignedInt]),
        ["nrnran123_get_globalindex"] = new(Objects + "GetGlobalIndex", CType.UnsignedInt, []),
        ["mcell_ran4_init"] = new(Objects + "McellRan4Init", CType.Void, [CType.UnsignedInt]),
        ["mcell_ran4"] = new(Objects + "McellRan4", CType.Double, [new CType(CScalar.UnsignedInt, 1), CType.DoublePointer, CType.UnsignedInt, CType.Double]),
        ["hoc_lookup"] = new(ScriptFunctions + "Lookup", CType.Object, [CType.String]),
        ["hoc_pushx"] = new(ScriptFunctions + "PushX", CType.Void, [CType.Double]),
        ["hoc_call_func"] = new(ScriptFunctions + "CallFunc", CType.Double, [CType.Object, CType.Int]),
        ["mcell_ran4a"] = new(Objects + "McellRan4a", CType.Double, [new CType(CScalar.UnsignedInt, 1)]),
    };
}
