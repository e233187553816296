using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Parsing;

namespace Nmodl.Parser.Tests.Diagnostics;

/// <summary>Each malformed input gives an error with the expected code at the expected line and column.</summary>
public class MalformedInputTests
{
    public static TheoryData<string, string, DiagnosticCode, int, int> Cases => new()
    {
        { "unterminated NEURON block", "NEURON {\n SUFFIX a\n", DiagnosticCode.MissingClosingBrace, 1, 8 },
        { "missing brace before next block", "NEURON {\n SUFFIX a\nPARAMETER { x = 1 }\n", DiagnosticCode.MissingClosingBrace, 1, 8 },
        { "unterminated BREAKPOINT body", "BREAKPOINT {\n  x = 1\n", DiagnosticCode.MissingClosingBrace, 1, 12 },
        { "unterminated if body", "BREAKPOINT {\n if (a) {\n  x = 1\n}\n", DiagnosticCode.MissingClosingBrace, 1, 12 },
        { "stray closing brace", "NEURON { SUFFIX a }\n}\n", DiagnosticCode.StrayClosingBrace, 2, 1 },
        { "unknown block", "NEURON { SUFFIX a }\nFOO { }\n", DiagnosticCode.UnknownBlock, 2, 1 },
        { "lower-case block keyword", "neuron { SUFFIX a }\n", DiagnosticCode.UnknownBlock, 1, 1 },
        { "unsupported DISCRETE block", "DISCRETE d { }\n", DiagnosticCode.UnsupportedBlock, 1, 1 },
        { "unterminated COMMENT", "NEURON { SUFFIX a }\n  COMMENT\n never closed\n", DiagnosticCode.UnterminatedComment, 2, 3 },
        { "unterminated VERBATIM", "BREAKPOINT {\nVERBATIM\n x = 1;\n}\n", DiagnosticCode.UnterminatedVerbatim, 2, 1 },
        { "unterminated string", "INCLUDE \"abc\n", DiagnosticCode.UnterminatedString, 1, 9 },
        { "exponent without digits", "PARAMETER { x = 1e+ }\n", DiagnosticCode.InvalidNumber, 1, 17 },
        { "number missing after =", "PARAMETER {\n x = (mV)\n}\n", DiagnosticCode.UnexpectedToken, 2, 6 },
        { "two decimal points", "PARAMETER { x = 1.2.3 }\n", DiagnosticCode.UnexpectedToken, 1, 20 },
        { "missing INCLUDE file", "INCLUDE \"nowhere.inc\"\n", DiagnosticCode.IncludeNotFound, 1, 9 },
        { "INCLUDE without a string", "INCLUDE nowhere\n", DiagnosticCode.UnexpectedToken, 1, 9 },
        { "empty file", "", DiagnosticCode.EmptyFile, 1, 1 },
        { "only comments", ": nothing\nCOMMENT\nx\nENDCOMMENT\n", DiagnosticCode.EmptyFile, 1, 1 },
        { "unexpected character", "BREAKPOINT {\n x = 1 $ 2\n}\n", DiagnosticCode.UnexpectedCharacter, 2, 8 },
        { "lone surrogate", "PARAMETER { x = \ud800 }\n", DiagnosticCode.UnexpectedCharacter, 1, 17 },
        { "emoji", "PARAMETER {\n x = \U0001F600\n}\n", DiagnosticCode.UnexpectedCharacter, 2, 6 },
        { "non-ASCII letter in a name", "PARAMETER { gé = 1 }\n", DiagnosticCode.UnexpectedCharacter, 1, 14 },
        { "unterminated unit", "PARAMETER {\n x = 1 (mV\n}\n", DiagnosticCode.UnterminatedUnit, 2, 8 },
        { "unknown NEURON statement", "NEURON {\n  SUFFIX a\n  RANGES x\n}\n", DiagnosticCode.UnknownNeuronStatement, 3, 3 },
        { "USEION without ion name", "NEURON { USEION READ }\n", DiagnosticCode.UnexpectedToken, 1, 17 },
        { "keyword used as a name", "PARAMETER { TABLE = 1 }\n", DiagnosticCode.UnexpectedToken, 1, 13 },
        { "RANGE list ending in comma", "NEURON { RANGE a, }\n", DiagnosticCode.UnexpectedToken, 1, 19 },
        { "unknown SOLVE method", "BREAKPOINT { SOLVE states METHOD magic }\n", DiagnosticCode.UnknownSolveMethod, 1, 34 },
        { "missing expression", "BREAKPOINT { x = }\n", DiagnosticCode.ExpectedExpression, 1, 18 },
        { "missing operand", "BREAKPOINT { x = a * }\n", DiagnosticCode.ExpectedExpression, 1, 22 },
        { "unbalanced parenthesis", "BREAKPOINT { x = (a + b\n}\n", DiagnosticCode.UnexpectedToken, 2, 1 },
        { "name without = or call", "BREAKPOINT {\n  x y\n}\n", DiagnosticCode.UnexpectedToken, 2, 5 },
        { "statement starting with an operator", "BREAKPOINT {\n  * x\n}\n", DiagnosticCode.ExpectedStatement, 2, 3 },
        { "else without if", "BREAKPOINT {\n else { }\n}\n", DiagnosticCode.ExpectedStatement, 2, 2 },
        { "if without parentheses", "BREAKPOINT { if a { } }\n", DiagnosticCode.UnexpectedToken, 1, 17 },
        { "reaction outside KINETIC", "BREAKPOINT { ~ a <-> b (1, 2) }\n", DiagnosticCode.StatementNotAllowedHere, 1, 14 },
        { "reaction without operator", "KINETIC k { ~ a b (1) }\n", DiagnosticCode.UnexpectedToken, 1, 17 },
        { "reaction with one rate", "KINETIC k { ~ a <-> b (1) }\n", DiagnosticCode.UnexpectedToken, 1, 25 },
        { "fractional stoichiometry", "KINETIC k { ~ 1.5 a <-> b (1, 2) }\n", DiagnosticCode.InvalidNumber, 1, 15 },
        { "CONSERVE outside KINETIC", "BREAKPOINT { CONSERVE a + b = 1 }\n", DiagnosticCode.StatementNotAllowedHere, 1, 14 },
        { "zero array size", "STATE { ca[0] }\n", DiagnosticCode.InvalidArraySize, 1, 12 },
        { "undefined array size name", "STATE { ca[N] }\n", DiagnosticCode.UnknownDefine, 1, 12 },
        { "DEFINE of a real number", "DEFINE N 2.5\n", DiagnosticCode.InvalidNumber, 1, 10 },
        { "NET_RECEIVE without arguments", "NET_RECEIVE() { }\n", DiagnosticCode.MissingNetReceiveArgument, 1, 1 },
        { "FOR_NETCONS outside NET_RECEIVE", "BREAKPOINT { FOR_NETCONS(w) { } }\n", DiagnosticCode.StatementNotAllowedHere, 1, 14 },
        { "BEFORE with unknown point", "BEFORE LUNCH { }\n", DiagnosticCode.UnexpectedToken, 1, 8 },
        { "DERIVATIVE without name", "DERIVATIVE { m' = 1 }\n", DiagnosticCode.UnexpectedToken, 1, 12 },
        { "limits missing comma", "PARAMETER { x = 1 <0 1> }\n", DiagnosticCode.UnexpectedToken, 1, 22 },
        { "REPRESENTS without ontology id", "NEURON { REPRESENTS foo }\n", DiagnosticCode.UnexpectedToken, 1, 21 },
        { "deep nesting", "BREAKPOINT { x = " + new string('(', 5000) + "1" + new string(')', 5000) + " }\n", DiagnosticCode.NestingTooDeep, 1, 218 },
        { "top-level statement", "x = 1\n", DiagnosticCode.UnknownBlock, 1, 1 },
        { "call statement followed by an operator", "BREAKPOINT { rates(v) + 1 }\n", DiagnosticCode.ExpectedStatement, 1, 23 },
        { "TABLE WITH a name", "FUNCTION f(v) {\n TABLE FROM 0 TO 1 WITH n\n f = v\n}\n", DiagnosticCode.UnexpectedToken, 2, 25 },
        { "TABLE WITH a real number", "FUNCTION f(v) {\n TABLE FROM 0 TO 1 WITH 2.5\n f = v\n}\n", DiagnosticCode.InvalidNumber, 2, 25 },
        { "real array index", "INITIAL {\n y[0.5] = 1\n}\n", DiagnosticCode.InvalidNumber, 2, 4 },
        { "negative array index", "INITIAL {\n y[-1] = 1\n}\n", DiagnosticCode.ExpectedExpression, 2, 4 },
        { "call as array index", "INITIAL {\n x = y[f(1)]\n}\n", DiagnosticCode.UnexpectedToken, 2, 9 },
        { "negative FROM bound", "INITIAL {\n FROM i = -1 TO 1 { }\n}\n", DiagnosticCode.ExpectedExpression, 2, 11 },
        { "INT outside an index", "INITIAL {\n x = INT(2.5)\n}\n", DiagnosticCode.UnexpectedToken, 2, 6 },
        { "negative limit", "PARAMETER { x = 1 <-1e9, 1e9> }\n", DiagnosticCode.UnexpectedToken, 1, 20 },
        { "plus sign on a number", "PARAMETER { x = +1 }\n", DiagnosticCode.UnexpectedToken, 1, 17 },
        { "WATCH with >=", "NET_RECEIVE(w) { WATCH (v >= -20) 2 }\n", DiagnosticCode.UnexpectedToken, 1, 27 },
        { "WATCH with a name as flag", "NET_RECEIVE(w) { WATCH (v > -20) y }\n", DiagnosticCode.UnexpectedToken, 1, 34 },
        { "SOLVE with IFERROR", "BREAKPOINT { SOLVE s IFERROR { } }\n", DiagnosticCode.UnexpectedToken, 1, 30 },
        { "LOCAL after a statement", "INITIAL {\n x = 1\n LOCAL a\n}\n", DiagnosticCode.StatementNotAllowedHere, 3, 2 },
        { "two LOCAL statements", "INITIAL {\n LOCAL a\n LOCAL b\n}\n", DiagnosticCode.StatementNotAllowedHere, 3, 2 },
        { "TABLE outside FUNCTION and PROCEDURE", "BREAKPOINT {\n  TABLE FROM 0 TO 1 WITH 2\n}\n", DiagnosticCode.StatementNotAllowedHere, 2, 3 },
        { "CONDUCTANCE outside BREAKPOINT", "INITIAL {\n  CONDUCTANCE g\n}\n", DiagnosticCode.StatementNotAllowedHere, 2, 3 },
        { "PROTECT without assignment", "BREAKPOINT { PROTECT 1 }\n", DiagnosticCode.UnexpectedToken, 1, 22 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsLocatedError(string name, string text, DiagnosticCode code, int line, int column)
    {
        var result = NmodlParser.ParseText(text, "bad.mod");
        Assert.True(result.HasErrors, $"{name}: no error reported");
        var first = result.Diagnostics.First(d => d.IsError);
        Assert.True((code, line, column) == (first.Code, first.Span.Line, first.Span.Column),
            $"{name}: expected {DiagnosticCodes.Id(code)} at {line}:{column}, got\n{result.RenderDiagnostics()}");
        Assert.Equal("bad.mod", first.Span.File);
    }

    [Fact]
    public void NonUtf8BytesInCodeAreLocatedErrors()
    {
        byte[] bytes = [.. "PARAMETER {\n  g"u8, 0xE9, .. " = 1\n}\n"u8];
        var result = NmodlParser.ParseBytes(bytes, "latin1.mod");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.NotUtf8);
        Assert.Equal((DiagnosticSeverity.Warning, 2, 4), (warning.Severity, warning.Span.Line, warning.Span.Column));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("NMODL0002", 2, 4), (error.Id, error.Span.Line, error.Span.Column));
        Assert.Contains("U+00E9", error.Message);
    }

    [Fact]
    public void Latin1InCommentsIsOnlyAWarning()
    {
        byte[] bytes = [.. ": author: Ren"u8, 0xE9, .. "\nNEURON { SUFFIX a } : 5 "u8, 0xB5, .. "m\n"u8];
        var result = NmodlParser.ParseBytes(bytes, "latin1.mod");
        Assert.False(result.HasErrors, result.RenderDiagnostics());
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("NMODL0001", 1, 14), (warning.Id, warning.Span.Line, warning.Span.Column));
    }

    [Theory]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void InvalidUtf8SequencesAreLocatedAtTheirFirstByte(byte[] sequence)
    {
        byte[] bytes = [.. "NEURON { SUFFIX a }\n: x"u8, .. sequence, .. "\n"u8];
        var warning = Assert.Single(NmodlParser.ParseBytes(bytes).Diagnostics);
        Assert.Equal(("NMODL0001", 2, 4), (warning.Id, warning.Span.Line, warning.Span.Column));
        Assert.Contains($"0x{sequence[0]:X2}", warning.Message);
    }

    [Fact]
    public void Utf8ByteOrderMarkIsIgnored()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "NEURON { SUFFIX a }\n"u8];
        var result = NmodlParser.ParseBytes(bytes);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void SeveralErrorsInOneFile()
    {
        var result = NmodlParser.ParseText("""
            NEURON {
              SUFFIX a
              RANGES x
            }
            PARAMETER {
              g = (S/cm2)
            }
            BREAKPOINT {
              x = 1 +
              y = $ : "1 + y" is the expression, so the error is at '='.
              z = 2
            }
            FOO
            STATE { m }
            """, "many.mod");
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code ?? default, d.Span.Line)).ToList();
        Assert.Equal(
            [
                (DiagnosticCode.UnknownNeuronStatement, 3),
                (DiagnosticCode.UnexpectedToken, 6),
                (DiagnosticCode.ExpectedStatement, 10),
                (DiagnosticCode.UnknownBlock, 13),
            ],
            errors);
        Assert.NotNull(result.Root.Blocks.OfType<Nmodl.Parser.Syntax.StateBlock>().SingleOrDefault());
    }

    /// <summary>Errors inside deep nesting must not reset the depth count (or recursion could be unbounded).</summary>
    [Fact]
    public void NestingLimitHoldsAcrossRecoveredErrors()
    {
        var text = "BREAKPOINT {\n";
        for (var round = 0; round < 20; round++) text += string.Concat(Enumerable.Repeat("{\n", 150)) + "x = $\n";
        var result = NmodlParser.ParseText(text, "deep.mod");
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.NestingTooDeep);
    }

    [Fact]
    public void IncludeCycleIsReported()
    {
        var dir = Directory.CreateTempSubdirectory("nmodl-cycle-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.inc"), "INCLUDE \"b.inc\"\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.inc"), "PARAMETER { x = 1 }\nINCLUDE \"a.inc\"\n");
            var result = NmodlParser.ParseFile(Path.Combine(dir.FullName, "a.inc"));
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(("NMODL0012", 2, 9), (error.Id, error.Span.Line, error.Span.Column));
            Assert.EndsWith("b.inc", error.Span.File);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void UnreadableFileIsADiagnostic()
    {
        var result = NmodlParser.ParseFile(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid(), "x.mod"));
        Assert.Equal("NMODL0021", Assert.Single(result.Diagnostics).Id);
    }
}
