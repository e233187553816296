using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>NMODL's set_seed/exprand/scop_random draw NEURON's legacy shared stream: the draws
/// after set_seed match NEURON 8.2.2's NetStim.erand() (golden file recorded from NEURON).</summary>
public sealed class RandomStreamTests
{
    private const string Text = """
        NEURON { SUFFIX draws RANGE s, e, u }
        PARAMETER { s = 1 }
        ASSIGNED { e u }
        INITIAL { set_seed(s) }
        BREAKPOINT { SOLVE draw METHOD after_cvode }
        PROCEDURE draw() {
          e = exprand(1)
          u = scop_random()
        }
        """;

    // One test method: the stream is process-wide, so its draws must not interleave with another test's.
    [Fact]
    public void Exprand_after_set_seed_reproduces_NEURONs_erand_stream_and_scop_random_continues_it()
    {
        var bound = ModFrontEnd.LowerText(Text, "draws.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 1);
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "tests", "golden", "builtins", "NetStim", "erand_stream.json")));
        var streams = golden.RootElement.GetProperty("streams").EnumerateObject().ToList();
        Assert.Equal(3, streams.Count);
        foreach (var stream in streams)
        {
            var expected = stream.Value.EnumerateArray().Select(v => v.GetDouble()).ToList();
            h.Field("s")[0] = double.Parse(stream.Name, System.Globalization.CultureInfo.InvariantCulture);
            h.Kernels.Initialize(h.Block, h.State);
            // Each step draws twice: exprand (NEURON's draw k) then scop_random (draw k + 1).
            for (var k = 0; k + 1 < expected.Count; k += 2)
            {
                h.Kernels.AdvanceState(h.Block, h.State);
                Assert.Equal(expected[k], h.Field("e")[0], 15);
                Assert.Equal(Math.Exp(-expected[k + 1]), h.Field("u")[0], 12);
            }
        }
    }

    [Fact]
    public void Scop_random_and_normrand_after_set_seed_match_NEURON()
    {
        const string text = """
            NEURON { SUFFIX draws2 RANGE s, normal, u }
            PARAMETER { s = 1 normal = 0 }
            ASSIGNED { u }
            INITIAL { set_seed(s) }
            BREAKPOINT { SOLVE draw METHOD after_cvode }
            PROCEDURE draw() {
              if (normal) { u = normrand(2, 3) } else { u = scop_random() }
            }
            """;
        var bound = ModFrontEnd.LowerText(text, "draws2.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 1);
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "random_golden.json")));
        foreach (var seed in golden.RootElement.GetProperty("seeds").EnumerateObject())
        {
            h.Field("s")[0] = double.Parse(seed.Name, System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (column, normal, digits) in new[] { ("scop_random", 0.0, 15), ("normrand_2_3", 1.0, 14) })
            {
                h.Field("normal")[0] = normal;
                h.Kernels.Initialize(h.Block, h.State);
                foreach (var expected in seed.Value.GetProperty(column).EnumerateArray())
                {
                    h.Kernels.AdvanceState(h.Block, h.State);
                    Assert.Equal(expected.GetDouble(), h.Field("u")[0], digits);
                }
            }
        }
    }

    [Fact]
    public void Two_exprand_calls_in_one_expression_are_two_draws()
    {
        var bound = ModFrontEnd.LowerText("NEURON { SUFFIX twice RANGE d }\nASSIGNED { d }\nINITIAL { d = exprand(1) - exprand(1) }\n", "twice.mod");
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var h = new Harness(MechanismCompiler.CompileInMemory(bound.Mechanism!, new BackendOptions()), 1);
        h.Kernels.Initialize(h.Block, h.State);
        Assert.NotEqual(0.0, h.Field("d")[0]);
    }
}
