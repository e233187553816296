using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn;

namespace Nmodl.Codegen.Tests.RandomStreams;

/// <summary>VERBATIM's mcell_ran4_init, mcell_ran4 and mcell_ran4a draw what NEURON 8.2.2's hoc mcell_ran4
/// draws on the same indices (golden file from tests/oracle/verbatim/make_random_golden.py).</summary>
[Collection(ProcessWideRandomState.Name)]
public sealed class McellRan4VerbatimTests
{
    private const string Text = """
        NEURON { SUFFIX mcr RANGE first, second, third, next }
        ASSIGNED { first second third next }
        INITIAL {
        VERBATIM
            uint32_t idx = 100;
            double x[2];
            mcell_ran4_init(9);
            first = mcell_ran4(&idx, x, 2, 1.0);
            second = x[1];
            third = mcell_ran4a(&idx);
            next = idx;
            mcell_ran4_init(0);
        ENDVERBATIM
        }
        """;

    [Fact]
    public void Mcell_ran4_from_VERBATIM_matches_NEURONs_draws()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "verbatim", "random.json")));
        var draws = golden.RootElement.GetProperty("hoc_mcell_ran4").GetProperty("draws").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        var bound = ModFrontEnd.LowerText(Text, "mcr.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 1);
        h.Kernels.Initialize(h.Block, h.State);
        Assert.Equal(draws[..3], new[] { h.Field("first")[0], h.Field("second")[0], h.Field("third")[0] });
        Assert.Equal(103.0, h.Field("next")[0]);
    }
}
