using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>Oracle/gaps_golden.json (written by Oracle/make_gaps_golden.py with NEURON 8.2.2) and
/// the mechanisms of Oracle/gaps/ it was computed from.</summary>
internal static class GapsGolden
{
    public static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "gaps_golden.json"))).RootElement;

    public static string ModFile(string name) => Path.Combine(Paths.Oracle, "gaps", name + ".mod");

    public static MechanismDescriptor Compile(string name, BackendOptions options)
    {
        var bound = ModFrontEnd.LowerFile(ModFile(name));
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return MechanismCompiler.CompileInMemory(bound.Mechanism!, options);
    }
}
