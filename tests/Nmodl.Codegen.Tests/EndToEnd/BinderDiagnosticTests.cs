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

    /// <summary>NEURON 8.2.2's nocmodl refuses this file with "p does not have a proper declaration".</summary>
    [Fact]
    public void A_POINTER_or_BBCOREPOINTER_must_also_be_declared_in_ASSIGNED()
    {
        const string text = """
            NEURON { SUFFIX bad POINTER p, q BBCOREPOINTER r RANGE x }
            ASSIGNED { x q }
            BREAKPOINT { x = p + q }
            """;
        var result = ModFrontEnd.LowerText(text, "bad.mod");
        Assert.Null(result.Mechanism);
        Assert.Equal(
        [
            "bad.mod:1:29: error NMODL0200: POINTER 'p' is not declared in ASSIGNED (NEURON: \"p does not have a proper declaration\")",
            "bad.mod:1:48: error NMODL0200: POINTER 'r' is not declared in ASSIGNED (NEURON: \"r does not have a proper declaration\")",
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
              system("ls");
            ENDVERBATIM
            }
            BREAKPOINT { SOLVE s }
            """;
        var result = ModFrontEnd.LowerText(text, "bad.mod");
        var messages = result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("bad.mod:5:3: error NMODL0812: ", StringComparison.Ordinal) && m.Contains("system"));
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

    [Fact]
    public void Unit_errors_are_reported_at_their_UNITS_entry_and_later_entries_still_bind()
    {
        const string text = """
            NEURON { SUFFIX bad }
            UNITS {
              (mV) = (millivolt)
              (ms) = (millisec)
              F = (faraday) (coulomb)
              X = (mM) (molar)
              Y = (mV) (volt)
            }
            """;
        var errors = ModFrontEnd.LowerText(text, "bad.mod").Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("bad.mod:4:3: error NMODL0211: in the UNITS declaration (ms) = (millisec): ", errors[0], StringComparison.Ordinal);
        Assert.Contains("'ms'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("bad.mod:6:3: error NMODL0211: in the UNITS constant X = (mM) (molar): ", errors[1], StringComparison.Ordinal);
        Assert.Contains("mM", errors[1][errors[1].IndexOf("):", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_array_indices_must_be_whole_numbers_inside_the_array()
    {
        const string text = """
            NEURON { SUFFIX bad }
            ASSIGNED { x[3] y }
            INITIAL {
              x[3] = 1
              y[0] = 4
              y = x[1 + 2]
            }
            """;
        var errors = ModFrontEnd.LowerText(text, "bad.mod").Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            "bad.mod:4:5: error NMODL0213: index 3 is outside 'x[3]' (0 to 2)",
            "bad.mod:5:3: error NMODL0213: 'y' is not an array, so it cannot be indexed",
            "bad.mod:6:9: error NMODL0213: index 3 is outside 'x[3]' (0 to 2)",
        ], errors);
    }

    [Fact]
    public void Equation_blocks_need_array_indices_known_when_compiling()
    {
        const string text = """
            NEURON { SUFFIX bad }
            PARAMETER { n = 1 }
            STATE { s[2] }
            BREAKPOINT { SOLVE k METHOD sparse }
            KINETIC k {
              LOCAL j
              j = 1
              ~ s[j] <-> s[0] (1, 1)
              FROM i = 0 TO n { ~ s[i] << (1) }
            }
            """;
        var errors = ModFrontEnd.LowerText(text, "bad.mod").Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            "bad.mod:8:7: error NMODL0213: the index of 's' must be a constant or the counter of a FROM loop with constant bounds: the equations of a KINETIC block are formed when the file is compiled",
            "bad.mod:9:3: error NMODL0213: a FROM loop that indexes arrays needs constant bounds and a nonzero step (loop over 'i')",
        ], errors);
    }

    [Fact]
    public void A_WATCH_condition_cannot_use_NET_RECEIVE_arguments_or_LOCALs()
    {
        const string text = """
            NEURON { POINT_PROCESS bad }
            NET_RECEIVE(w) {
              LOCAL x
              x = 2 * w
              WATCH (v > w) 2
              WATCH (x < v) 3
            }
            """;
        var errors = ModFrontEnd.LowerText(text, "bad.mod").Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            "bad.mod:5:10: error NMODL0204: a WATCH condition is checked at every step, outside NET_RECEIVE, so it cannot use 'w', an argument of NET_RECEIVE (nocmodl's C for it does not compile either); copy it to an ASSIGNED variable",
            "bad.mod:6:10: error NMODL0204: a WATCH condition is checked at every step, outside NET_RECEIVE, so it cannot use 'x', a LOCAL (nocmodl's C for it does not compile either); copy it to an ASSIGNED variable",
        ], errors);
    }

    [Fact]
    public void BEFORE_AFTER_points_that_NEURON_lacks_are_named()
    {
        const string text = """
            NEURON { SUFFIX bad }
            AFTER BREAKPOINT { }
            """;
        var errors = ModFrontEnd.LowerText(text, "bad.mod").Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.Equal(["bad.mod:2:1: error NMODL0204: AFTER BREAKPOINT is not one of NEURON's BEFORE BREAKPOINT, AFTER SOLVE, BEFORE INITIAL, AFTER INITIAL, BEFORE STEP"], errors);
    }
}
