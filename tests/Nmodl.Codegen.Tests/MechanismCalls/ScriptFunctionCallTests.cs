using Nmodl.Codegen.Tests.Support;
using Nmodl.Codegen.Tests.Verbatim.Integration;
using Nrn;
using Nrn.CLib;

namespace Nmodl.Codegen.Tests.MechanismCalls;

/// <summary>VERBATIM code that calls a function the script defined (mods/hoccall.mod: hoc_lookup, hoc_pushx,
/// hoc_call_func) reaches the C# function defined with sim.DefineFunction and returns NEURON 8.2.2's values
/// for the same script function (hoc <c>func scriptfn() { return $1 * 2 + $2 }</c>: callscript(3, 4) is 10,
/// keep(1.5) leaves result 13; golden file from tests/oracle/clib/make_mechanism_calls_golden.py).</summary>
[Collection(ScriptFunctionCallTests.ProcessWideFunctions)]
public sealed class ScriptFunctionCallTests
{
    public const string ProcessWideFunctions = "process-wide script functions";

    private static string ModPath => Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "MechanismCalls", "mods", "hoccall.mod");

    [Fact]
    public void A_script_function_called_from_VERBATIM_gives_NEURONs_values()
    {
        var golden = System.Text.Json.JsonDocument.Parse(File.ReadAllText(
            Path.Combine(Paths.RepositoryRoot, "tests", "golden", "clib", "mechanism_calls.json"))).RootElement.GetProperty("hoccall");
        var sim = VerbatimGolden.SimulationWith(ModPath);
        var soma = sim.Section("soma");
        soma.Insert("hoccall");
        sim.DefineFunction("scriptfn", args => args[0] * 2 + args[1]);
        try
        {
            Assert.Equal(golden.GetProperty("callscript").GetDouble(), sim.Call("callscript_hoccall", 3.0, 4.0));
            Assert.Equal(golden.GetProperty("keep").GetDouble(), sim.Call("keep_hoccall", 1.5));
            Assert.Equal(golden.GetProperty("result").GetDouble(), soma[0.5].Mech("hoccall")["result"]);
        }
        finally
        {
            HocFunctions.Undefine("scriptfn");
        }
    }

    [Fact]
    public void Without_the_script_function_the_mod_files_own_error_names_its_place()
    {
        var sim = VerbatimGolden.SimulationWith(ModPath);
        sim.Section("soma").Insert("hoccall");
        var error = Assert.Throws<HocExecutionError>(() => sim.Call("callscript_hoccall", 1.0, 2.0));
        Assert.Contains("hoccall.mod:", error.Message);
        Assert.Contains("define the script function scriptfn first", error.Message);
    }
}
