using Nmodl.Codegen.Verbatim;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>
/// VERBATIM blocks written in the styles found in published mod files (our own snippets, not copies), each
/// with where it sits and what it amounts to. The resolver knows what a code generator would provide for
/// a FUNCTION rate(v) with a LOCAL tau and a RANGE variable gmax: _lv, _ltau, _lrate, gmax, t, dt, rate().
/// </summary>
public sealed class ClassificationTests
{
    private static readonly IVerbatimNameResolver Resolver = new DefaultNameResolver()
        .ModLocal("v", "v").ModLocal("tau", "tau").ModLocal("rate", "result")
        .Variable("gmax", "gmax[i]", CType.Double).Variable("t", "t", CType.Double, isAssignable: false)
        .Variable("dt", "dt", CType.Double, isAssignable: false).Function("rate", "rate", CType.Double, CType.Double);

    private static readonly VerbatimBlockContext InFunction = VerbatimBlockContext.Function("rate");
    private static readonly VerbatimBlockContext InProcedure = VerbatimBlockContext.Procedure("seed");
    private static readonly VerbatimBlockContext InNetReceive = VerbatimBlockContext.Block("NET_RECEIVE");

    public static TheoryData<string, string, VerbatimBlockKind, string?> Blocks => new()
    {
        { "comment only", "\n  /* the random stream is set up in hoc */\n", VerbatimBlockKind.Empty, null },
        { "headers only", "\n#include <stdlib.h>\n#include <math.h>\n", VerbatimBlockKind.Empty, null },
        { "file-scope declarations", "\nstatic double last_spike;\nextern double exp(double);\nstatic int nfired = 0;\n", VerbatimBlockKind.Declarations, null },
        { "return 0 in a FUNCTION", "\n    return 0;\n", VerbatimBlockKind.ReturnZero, "leaves rate at once with the value 0" },
        { "return 0 in a PROCEDURE", " return 0; ", VerbatimBlockKind.ReturnZero, "leaves seed at once (NEURON's C returns 0, meaning success)" },
        { "return in NET_RECEIVE", "\n  return;\n", VerbatimBlockKind.Return, "leaves NET_RECEIVE at once" },
        { "break out of a WHILE", "break;", VerbatimBlockKind.Break, "leaves the innermost loop or switch around it in rate" },
        { "arithmetic on mod locals", "\n  if (_lv > -40.) { _ltau = 1.0 / (exp((_lv + 40.) / 5.) + 1); }\n  _lrate = _ltau * gmax;\n", VerbatimBlockKind.Code, null },
        { "debug print of time", "\n  printf(\"t=%g dt=%g\\n\", t, dt);\n", VerbatimBlockKind.Code, null },
        { "first-call guard with a static", "\n  static int warned = 0;\n  if (!warned) { fprintf(stderr, \"rate: v=%g\\n\", _lv); warned = 1; }\n", VerbatimBlockKind.Code, null },
        { "error check", "\n  if (_ltau <= 0) hoc_execerror(\"rate:\", \"tau must be positive\");\n", VerbatimBlockKind.Code, null },
        { "file-scope helper function", "\n#define SQ(x) ((x)*(x))\nstatic double gauss(double x, double s) { return exp(-SQ(x) / (2 * SQ(s))); }\n", VerbatimBlockKind.Code, null },
        { "optional script argument", "\n  if (ifarg(2)) { _ltau = *getarg(2); }\n", VerbatimBlockKind.Code, null },
        { "Random object from a POINTER the resolver does not know", "\n  _lrate = nrn_random_pick(_p_donotuse);\n", VerbatimBlockKind.Unsupported, VerbatimCodes.SimulatorInternals },
        { "Vector access", "\n  double* px; int n = vector_instance_px(vector_arg(1), &px);\n", VerbatimBlockKind.Unsupported, VerbatimCodes.HocInterpreter },
        { "writing a file", "\n  FILE* f = fopen(\"spikes.dat\", \"a\");\n  fprintf(f, \"%g\\n\", t);\n  fclose(f);\n", VerbatimBlockKind.Unsupported, VerbatimCodes.OperatingSystem },
        { "heap memory beyond structures and arrays of numbers", "\n  double* buf = (double*)realloc(0, 100 * sizeof(double));\n", VerbatimBlockKind.Unsupported, VerbatimCodes.OperatingSystem },
        { "C random numbers", "\n  _lrate = (double)rand() / RAND_MAX;\n", VerbatimBlockKind.Unsupported, VerbatimCodes.OperatingSystem },
        { "structure of a queue, an array of structures", "\ntypedef struct { double t; int n; } Event;\nstatic Event queue[100];\n", VerbatimBlockKind.Unsupported, VerbatimCodes.UserTypes },
        { "raw parameter array", "\n  _p[_iml * 3 + 1] = 0.;\n", VerbatimBlockKind.Unsupported, VerbatimCodes.SimulatorInternals },
        { "FUNCTION called with NEURON's thread arguments", "\n  _ltau = rate(_threadargscomma_ _lv) + rate(_threadargs_, 1.);\n", VerbatimBlockKind.Code, null },
        { "thread arguments passed to a C helper", "\n  _ltau = helper(_threadargs_);\n", VerbatimBlockKind.Unsupported, VerbatimCodes.UnknownFunction },
        { "point process pointer", "\n  Point_process* pnt = (Point_process*)_ppvar[1]._pvoid;\n", VerbatimBlockKind.Unsupported, VerbatimCodes.SimulatorInternals },
        { "string functions", "\n  char name[20]; strcpy(name, \"soma\");\n", VerbatimBlockKind.Unsupported, VerbatimCodes.CLibrary },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void BlockIsClassified(string idiom, string c, VerbatimBlockKind kind, string? meaningOrCode)
    {
        var fileScope = idiom.StartsWith("file-scope", StringComparison.Ordinal) || idiom.StartsWith("structure", StringComparison.Ordinal) ||
                        idiom.StartsWith("headers", StringComparison.Ordinal) || idiom.StartsWith("comment", StringComparison.Ordinal);
        var block = fileScope ? null : idiom.Contains("PROCEDURE") ? InProcedure : idiom.Contains("NET_RECEIVE") ? InNetReceive : InFunction;
        var result = VerbatimClassifier.Classify(c, Translate.Origin, block, Resolver);
        Assert.True(kind == result.Kind, $"{idiom}: {result.Kind} ({string.Join("; ", result.Diagnostics)})");
        if (kind == VerbatimBlockKind.Unsupported)
        {
            Assert.Equal(meaningOrCode, result.Diagnostics[0].Code);
        }
        else
        {
            Assert.Empty(result.Diagnostics);
            if (meaningOrCode is not null)
            {
                Assert.Equal(meaningOrCode, result.Meaning);
            }
        }
    }
}
