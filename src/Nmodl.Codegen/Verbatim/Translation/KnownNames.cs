using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>
/// Names that VERBATIM code takes from NEURON or from the C library and that the translation does not
/// provide, each with the diagnostic code and a description a NEURON user recognises.
/// </summary>
internal static class KnownNames
{
    private static readonly HashSet<string> HocFunctions =
    [
        "ifarg", "getarg", "gargstr", "hoc_getarg", "hoc_gargstr", "hoc_is_double_arg", "hoc_is_str_arg", "hoc_is_object_arg",
        "hoc_is_pdouble_arg", "hoc_pgetarg", "hoc_pgargstr", "hoc_objgetarg", "vector_arg", "vector_vec", "vector_capacity",
        "vector_resize", "vector_new", "vector_new1", "vector_new2", "vector_instance_px", "vector_buffer_size",
        "nrn_random_arg", "nrn_random_pick", "nrn_random_reset", "nrn_get_random_sequence", "nrn_set_random_sequence",
        "random_arg", "mcell_ran4", "mcell_ran4a", "mcell_ran4_init", "set_seed", "scop_random", "nrn_hoc_lock", "nrn_hoc_unlock",
        "hoc_call_func", "hoc_call_objfunc", "hoc_lookup", "hoc_pushx", "hoc_pushobj", "hoc_pushstr", "hoc_retpushx",
        "hoc_obj_get", "hoc_obj_set", "hoc_obj_ref", "hoc_obj_unref", "hoc_Exp", "hoc_obj_run", "hoc_execerr_ext",
        "list_vector_px", "list_vector_px2", "list_vector_px3", "list_vector_resize", "ivoc_list_count", "ivoc_list_item",
        "hoc_table_lookup", "nrn_spike_exchange", "artcell_net_send", "net_send", "net_event", "net_move",
        "get_loc_point_process", "nrn_point_prop_", "nrnran123_newstream", "nrnran123_deletestream", "nrnran123_dblpick",
        "nrnran123_negexp", "nrnran123_normal", "nrnran123_setseq", "nrnran123_getseq", "nrnran123_getids",
        "hoc_obj_file_arg", "hoc_l_lookup", "nrn_mlh_gsort", "hoc_sec_internal_name2ptr", "object_name",
        "exprand", "normrand", "unirand", "poisrand", "nrnRan4int", "nrnRan4dbl", "mcell_iran4", "install_vector_method",
        "chkarg", "hoc_ret", "ret", "pushx", "nrn_random_arg",
    ];

    private static readonly HashSet<string> OperatingSystemFunctions =
    [
        "fopen", "fclose", "fread", "fwrite", "fscanf", "fgets", "fgetc", "fputs", "fputc", "feof", "fseek", "ftell", "rewind",
        "remove", "rename", "tmpfile", "malloc", "calloc", "realloc", "free", "emalloc", "ecalloc", "erealloc", "hoc_Emalloc",
        "hoc_Ecalloc", "hoc_malchk", "nrn_cacheline_alloc", "system", "exit", "abort", "getenv", "time", "clock", "gettimeofday",
        "sleep", "usleep", "getpid", "rand", "srand", "random", "srandom", "drand48", "srand48", "lrand48", "erand48",
    ];

    private static readonly HashSet<string> CLibraryFunctions =
    [
        "sprintf", "snprintf", "sscanf", "scanf", "puts", "putchar", "getchar", "memcpy", "memmove", "memset", "memcmp",
        "strcpy", "strncpy", "strcat", "strncat", "strcmp", "strncmp", "strlen", "strchr", "strrchr", "strstr", "strtok",
        "strdup", "atoi", "atof", "atol", "strtod", "strtol", "qsort", "bsearch", "assert", "isnan", "isinf", "finite",
        "lgamma", "tgamma", "erf", "erfc", "cbrt", "hypot", "expm1", "log1p", "log2", "exp2", "trunc", "lround", "rint", "nearbyint",
    ];

    private static readonly HashSet<string> SimulatorNames =
    [
        "_p", "_ppvar", "_thread", "_nt", "_threadargs_", "_threadargscomma_", "_threadargsproto_", "_threadargsprotocomma_",
        "_pnt", "_prop", "_ml", "_iml", "_cntml", "_tqitem", "_args", "_lmr", "_extcall_prop", "_extcall_thread", "_nd", "_v",
        "_type", "_sav_indep", "_ninits", "_hoc_setdata", "_setdata", "_ppvar_", "nrn_threads", "nrn_nthread", "NODEV",
        "NODEA", "NODEB", "NODERHS", "NODED", "NODEAREA", "VEC_V", "VEC_RHS", "VEC_D", "VEC_AREA", "_nrn_mechanism_access_dparam",
        "hoc_ac_", "hoc_epsilon", "nrn_ghk", "use_cachevec", "secondorder", "nrn_netrec_state_adjust", "cvode_active_",
        "_nrn_current", "_nrn_state", "_nrn_init", "_nrn_jacob", "_net_receive", "_net_buf_receive", "point_process",
        "nrnmpi_myid", "nrnmpi_numprocs", "nrnmpi_int_sum_reduce",
    ];

    /// <summary>The diagnostic for a name VERBATIM code uses that the translation cannot provide, or null.</summary>
    public static (string Code, string Description)? Classify(string name)
    {
        if (HocFunctions.Contains(name) || (name.StartsWith("hoc_", StringComparison.Ordinal) && name != "hoc_execerror") ||
            name.StartsWith("vector_", StringComparison.Ordinal) || name.StartsWith("nrnran123_", StringComparison.Ordinal) ||
            name.StartsWith("ivoc_", StringComparison.Ordinal))
        {
            return (VerbatimCodes.HocInterpreter, $"'{name}' calls into NEURON's hoc interpreter or its Vector/Random classes");
        }
        if (OperatingSystemFunctions.Contains(name))
        {
            return (VerbatimCodes.OperatingSystem, $"'{name}' uses operating-system services (files, memory, processes, clocks, C random numbers)");
        }
        if (CLibraryFunctions.Contains(name))
        {
            return (VerbatimCodes.CLibrary, $"'{name}' is a C library function outside <math.h> and printf");
        }
        if (name.StartsWith("_p_", StringComparison.Ordinal))
        {
            return (VerbatimCodes.SimulatorInternals, $"'{name}' is NEURON's pointer behind a POINTER variable");
        }
        if (SimulatorNames.Contains(name) || name.StartsWith("_nrn_", StringComparison.Ordinal) ||
            name.StartsWith("nrn_", StringComparison.Ordinal) || name.StartsWith("_ppvar", StringComparison.Ordinal))
        {
            return (VerbatimCodes.SimulatorInternals, $"'{name}' is an internal of NEURON's generated C");
        }
        return null;
    }

    /// <summary>The diagnostic for a declaration using a type the translation does not provide.</summary>
    public static (string Code, string Description) ClassifyType(CType type) => type.OpaqueName switch
    {
        "FILE" => (VerbatimCodes.OperatingSystem, "type 'FILE' (C file streams)"),
        "Object" or "IvocVect" or "Rand" or "Symbol" or "ListVec" or "hoc_Item" or "nrnran123_State" =>
            (VerbatimCodes.HocInterpreter, $"type '{type.OpaqueName}' (hoc interpreter objects)"),
        "Point_process" or "Datum" or "NrnThread" or "_NrnThread" or "Prop" or "Section" or "Node" or "Memb_list" or "NrnThreadArgs" =>
            (VerbatimCodes.SimulatorInternals, $"type '{type.OpaqueName}' (NEURON internals)"),
        _ => (VerbatimCodes.UserTypes, $"type '{type.OpaqueName}' (declared by a typedef)"),
    };

    /// <summary>Why a pointer type has no translation, for the diagnostic.</summary>
    public static string VoidPointerNote(CType type) => type.Scalar == CScalar.Void
        ? " (an untyped pointer: NEURON code keeps hoc objects such as Vectors and Randoms this way)"
        : type.Pointers > 1 ? " (pointers to pointers)" : " (arrays of pointers)";

    /// <summary>Constants from &lt;math.h&gt;, &lt;limits.h&gt; and &lt;float.h&gt;.</summary>
    public static readonly IReadOnlyDictionary<string, (string CSharp, CType Type)> Constants = new Dictionary<string, (string, CType)>
    {
        ["M_PI"] = ("Math.PI", CType.Double),
        ["M_E"] = ("Math.E", CType.Double),
        ["M_SQRT2"] = ("1.4142135623730951", CType.Double),
        ["M_LN2"] = ("0.6931471805599453", CType.Double),
        ["M_LN10"] = ("2.302585092994046", CType.Double),
        ["HUGE_VAL"] = ("double.PositiveInfinity", CType.Double),
        ["INFINITY"] = ("float.PositiveInfinity", CType.Float),
        ["NAN"] = ("float.NaN", CType.Float),
        ["DBL_MAX"] = ("double.MaxValue", CType.Double),
        ["DBL_MIN"] = ("2.2250738585072014E-308", CType.Double),
        ["DBL_EPSILON"] = ("2.220446049250313E-16", CType.Double),
        ["FLT_MAX"] = ("float.MaxValue", CType.Float),
        ["INT_MAX"] = ("int.MaxValue", CType.Int),
        ["INT_MIN"] = ("int.MinValue", CType.Int),
        ["LONG_MAX"] = ("long.MaxValue", CType.Long),
        ["LONG_MIN"] = ("long.MinValue", CType.Long),
        ["UINT_MAX"] = ("uint.MaxValue", new CType(CScalar.UnsignedInt)),
    };
}
