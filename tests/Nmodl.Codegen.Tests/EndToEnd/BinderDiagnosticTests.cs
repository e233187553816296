using Nmodl.Codegen.Lowering;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>Semantic errors come out as located diagnostics with stable codes, several per run.</summary>
public sealed class BinderDiagnosticTests
{
    [Fact]
    public void Undefined_names_and_unknown_functions_are_all_reported_at_their_place()
    {
        const string text = """
            NEURON { SUFFIX bad RANGE g }
            PARAMETER { g = 1 }
            STATE { x }
            BREAKPOINT { SOLVE s METHOD cnexp }
            DERIVATIVE s {
              x' = -g*y
              x' = foo(x)
            }
            """;
        var result = ModFrontEnd.LowerText(text, "bad.mod");
        Assert.True(result.HasErrors);
        Assert.Null(result.Mechanism);
        Assert.Equal(
        [
            "bad.mod:6:11: error NMODL0200: 'y' is not declared (LOCAL, PARAMETER, ASSIGNED, STATE or CONSTANT)",
            "bad.mod:7:8: error NMODL0201: 'foo' is not a FUNCTION, PROCEDURE or math function of this file",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Unsupported_constructs_are_named()
    {
        const string text = """
            NEURON { SUFFIX bad }
            STATE { x }
            INITIAL {
            VERBATIM
              x = 1;
            ENDVERBATIM
            }
            BREAKPOINT { SOLVE s }
            """;
        var result = ModFrontEnd.LowerText(text, "bad.mod");
        var messages = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("bad.mod:4:1: error NMODL0204: VERBATIM", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("NMODL0212: SOLVE names 's'", StringComparison.Ordinal));
    }

    [Fact]
    public void Prime_outside_DERIVATIVE_and_assignment_to_a_CONSTANT_are_errors()
    {
        const string text = """
            NEURON { SUFFIX bad }
            CONSTANT { K = 3 }
            STATE { x }
            INITIAL { x' = 1  K = 2 }
            """;
        var codes = ModFrontEnd.LowerText(text, "bad.mod").Diagnostics.Select(d => d.Id).ToList();
        Assert.Equal(["NMODL0207", "NMODL0203"], codes);
    }
}
