using Nmodl.Codegen.Verbatim;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>Each unsupported or malformed construct gets its stable code at the mod-file line and column of the
/// offending token. The block starts at line 10, column 9 of test.mod (after "VERBATIM ").</summary>
public sealed class DiagnosticTests
{
    private static readonly DefaultNameResolver Resolver = new DefaultNameResolver()
        .Variable("x", "x", CType.Double).Variable("n", "n", CType.Int).Variable("t", "t", CType.Double, isAssignable: false)
        .Function("rates", "rates", CType.Double, CType.Double);

    // Each case: the C, the code, and where the diagnostic must point: the text it points at (its first
    // occurrence in the C), from which the test computes the mod-file line and column by hand.
    public static TheoryData<string, string, string, string> FileScopeCases => new()
    {
        { "union point { double x; int n; };", VerbatimCodes.UserTypes, "union", "union declaration" },
        { "typedef struct { int n[4]; } Info;", VerbatimCodes.UserTypes, "n[", "member 'n' of a structure that is an array" },
        { "struct point { double x; FILE* f; };", VerbatimCodes.UserTypes, "f;", "member 'f' of type FILE* in structure 'point'" },
        { "struct point { double x; };\nstatic struct point p;", VerbatimCodes.UserTypes, "p;", "'p' of type point (structures are supported behind one pointer" },
        { "typedef double real;", VerbatimCodes.UserTypes, "typedef", "typedef real" },
        { "static int f(void) {\n  FILE* out = fopen(\"v.dat\", \"w\");\n  return 0;\n}", VerbatimCodes.OperatingSystem, "out", "'out' has type 'FILE'" },
        { "static double** grid;", VerbatimCodes.Pointer, "grid", "'grid' of type double**" },
        { "static double* buffer;", VerbatimCodes.Pointer, "buffer", "pointer variable 'buffer' at file scope" },
        { "static double m[3][4];", VerbatimCodes.UnsupportedConstruct, "m[", "multi-dimensional array 'm'" },
        { "double f(x) double y; { return x; }", VerbatimCodes.Syntax, "y;", "'y' is declared but is not a parameter of 'f'" },
        { "static int f(void) { return y; }", VerbatimCodes.UnknownName, "y;", "unknown name 'y'" },
        { "static int f(void) { return g(1); }", VerbatimCodes.UnknownFunction, "g(", "unknown function 'g'" },
        { "static int g(int);\nstatic int f(void) { return g(1); }", VerbatimCodes.UnknownFunction, "g(1)", "declared but not defined" },
        { "extern void* vector_arg();\nstatic double f(double x) { return x; }\nstatic double g(void* v) { return 0; }", VerbatimCodes.Pointer, "v)", "parameter 'v' of 'g' has type void*" },
        { "static int f(int a) { return a +; }", VerbatimCodes.Syntax, ";", "expected an expression, found ';'" },
        { "static int f(int a) { if (a) { return 1; }", VerbatimCodes.Syntax, "{", "'{' without a matching '}'" },
        { "static double f(_threadargsprotocomma_ double x) { return x; }", VerbatimCodes.SimulatorInternals, "_threadargsprotocomma_", "type 'NrnThreadArgs'" },
        { "#if 1\nstatic int a;", VerbatimCodes.Preprocessor, "if", "#if without a matching #endif" },
        { "#endif", VerbatimCodes.Preprocessor, "endif", "#endif without #if" },
        { "#define CAT(a, b) a ## b", VerbatimCodes.Preprocessor, "##", "'##' operator" },
        { "#foo", VerbatimCodes.Preprocessor, "#", "unknown preprocessor directive '#foo'" },
        { "#if 08\n#endif", VerbatimCodes.Preprocessor, "if", "malformed number '08'" },
        { "#error need NEURON 9", VerbatimCodes.Preprocessor, "error", "#error need NEURON 9" },
        { "static char* s = \"abc;", VerbatimCodes.Lexical, "\"", "unterminated string literal" },
        { "/* never closed", VerbatimCodes.Lexical, "/*", "unterminated /* comment" },
        { "static int a = 1 @ 2;", VerbatimCodes.Lexical, "@", "unexpected character '@'" },
    };

    public static TheoryData<string, string, string, string> StatementCases => new()
    {
        { "n = ivoc_list_count(o);", VerbatimCodes.HocInterpreter, "ivoc_list_count", "'ivoc_list_count' calls into NEURON's hoc interpreter" },
        { "n = list_vector_px(o, 0, &px);", VerbatimCodes.HocInterpreter, "list_vector_px", "'list_vector_px'" },
        { "n = vector_instance_px(vv, &px);", VerbatimCodes.HocInterpreter, "vector_instance_px", "'vector_instance_px'" },
        { "_p[3] = x;", VerbatimCodes.SimulatorInternals, "_p", "'_p' is an internal of NEURON's generated C" },
        { "x = other(_threadargscomma_ x);", VerbatimCodes.UnknownFunction, "other", "unknown function 'other'" },
        { "x = _threadargs_;", VerbatimCodes.SimulatorInternals, "_threadargs_", "'_threadargs_' is an internal of NEURON's generated C" },
        { "double* q = (double*)malloc(8);", VerbatimCodes.OperatingSystem, "malloc", "'malloc' uses operating-system services" },
        { "system(\"ls\");", VerbatimCodes.OperatingSystem, "system", "'system'" },
        { "n = strlen(\"abc\");", VerbatimCodes.CLibrary, "strlen", "'strlen' is a C library function" },
        { "goto done;", VerbatimCodes.UnsupportedConstruct, "goto", "goto is not supported" },
        { "while (n) { double a[4]; n--; }", VerbatimCodes.UnsupportedConstruct, "a[", "array 'a' declared inside a loop" },
        { "x = (n, 2);", VerbatimCodes.UnsupportedConstruct, ",", "comma operator" },
        { "printf(\"%d\\n\", x);", VerbatimCodes.Format, "x)", "'%d' expects an int, the argument is a double" },
        { "printf(\"%g %g\\n\", x);", VerbatimCodes.Format, "printf", "has 2 conversions but 1 arguments follow" },
        { "printf(\"%n\", &n);", VerbatimCodes.Format, "\"", "unsupported conversion" },
        { "x = n % 2.0;", VerbatimCodes.Type, "%", "operator '%' needs integer operands" },
        { "t = 5;", VerbatimCodes.Type, "t", "'t' is read-only here" },
        { "x = p->next;", VerbatimCodes.UnknownName, "p", "unknown name 'p'" },
        { "x = rates(n, n);", VerbatimCodes.Type, "rates", "'rates' takes 1 arguments, found 2" },
        { "if (x) { x = 1; } else { hoc_execerror(\"bad\", 0) + 1; }", VerbatimCodes.UnsupportedConstruct, "hoc_execerror", "hoc_execerror used inside an expression" },
        { "Object* o = 0;", VerbatimCodes.HocInterpreter, "o =", "type 'Object' (hoc interpreter objects)" },
        { "fprintf(log, \"x\");", VerbatimCodes.OperatingSystem, "fprintf", "fprintf to a file" },
        { "if (_p_donotuse) {\n  x = 1;", VerbatimCodes.Fragment, "{", "this '{' is closed outside the block" },
        { "  }\n", VerbatimCodes.Fragment, "}", "this '}' is opened outside the block" },
        { "x = nrn_random_pick(_p_donotuse);", VerbatimCodes.SimulatorInternals, "_p_donotuse", "NEURON's pointer behind a POINTER variable" },
        { "if (_p_donotuse) { x = 1; }", VerbatimCodes.SimulatorInternals, "_p_donotuse", "NEURON's pointer behind a POINTER variable" },
        { "void** pv = (void**)(&_p_donotuse);", VerbatimCodes.SimulatorInternals, "_p_donotuse", "NEURON's pointer behind a POINTER variable" },
        { "double** rows = 0;", VerbatimCodes.Pointer, "rows", "'rows' of type double**" },
        { "Rand* r = 1.5;", VerbatimCodes.Pointer, "r", "'r' of type Rand* set from a double (a NEURON object is expected)" },
    };

    [Theory]
    [MemberData(nameof(FileScopeCases))]
    public void FileScopeConstructIsReportedWhereItIs(string c, string code, string at, string message) =>
        AssertSingle(c, Translate.FileScopeDiagnostics(c, Resolver), code, at, message);

    [Theory]
    [MemberData(nameof(StatementCases))]
    public void StatementConstructIsReportedWhereItIs(string c, string code, string at, string message) =>
        AssertSingle(c, Translate.StatementDiagnostics(c, Resolver), code, at, message);

    [Fact]
    public void SeveralErrorsAreReportedInOneBlock()
    {
        var diagnostics = Translate.StatementDiagnostics("x = a +;\nn = 1;\ny = 2;\nx = ivoc_list_count(o);", Resolver);
        Assert.Equal(
            [(VerbatimCodes.Syntax, 10), (VerbatimCodes.UnknownName, 12), (VerbatimCodes.HocInterpreter, 13)],
            diagnostics.Select(d => (d.Code, d.Location.Line)).ToList());
    }

    [Fact]
    public void DiagnosticPrintsLikeACompilerError()
    {
        var diagnostic = Assert.Single(Translate.StatementDiagnostics("goto done;", Resolver));
        Assert.Equal("test.mod:10:9: error NMODL0817: goto is not supported in VERBATIM code", diagnostic.ToString());
    }

    private static void AssertSingle(string c, IReadOnlyList<VerbatimDiagnostic> diagnostics, string code, string at, string message)
    {
        var offset = c.IndexOf(at, StringComparison.Ordinal);
        var lineIndex = c[..offset].Count(ch => ch == '\n');
        var lineStart = c.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (lineIndex == 0)
        {
            lineStart = 0;
        }
        var column = offset - lineStart + 1 + (lineIndex == 0 ? Translate.Origin.Column - 1 : 0);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((code, Translate.Origin.Line + lineIndex, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains(message, diagnostic.Message);
    }
}
