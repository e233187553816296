using Nmodl.Codegen.Verbatim;
using Nrn.CLib;
using Nmodl.Codegen.Verbatim.Syntax;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>VERBATIM blocks inside NMODL blocks, using NEURON's names for the enclosing FUNCTION's locals (`_l` + name).</summary>
public sealed class NeuronIdiomTests(ITestOutputHelper output)
{
    /// <summary>A FUNCTION sumto(x) whose body is VERBATIM: NEURON's C names the argument _lx and the result _lsumto.</summary>
    private const string SumToBody = """

            double s = 0; int i;
            static int calls = 0;
            calls++;
            for (i = 0; i < (int)_lx; i++) { s += i / 2; }
            _lsumto = s + calls * 0.5;

        """;

    [Fact]
    public void FunctionBodyWithModLocalsPrintsWhatGccPrints()
    {
        var resolver = new DefaultNameResolver().ModLocal("x", "x").ModLocal("sumto", "result");
        var module = new VerbatimModule("test.mod", resolver);
        var body = module.TranslateStatements(SumToBody, Translate.Origin, VerbatimBlockContext.Function("sumto"));
        Assert.True(body.Succeeded, string.Join("\n", body.Diagnostics));
        var members = module.StaticLocalFields() + $$"""
            private static double sumto(double x)
            {
                double result = 0;
            {{body.Code}}
                return result;
            }
            private static void run()
            {
                double a = sumto(4.7);
                double b = sumto(10);
                double c = sumto(-1);
                global::Nrn.CLib.CStdio.Printf("%g %g %g\n", a, b, c);
            }
            """;
        var (translated, _) = RoslynProgram.Run(members, "run()");
        if (!GccProgram.Available)
        {
            output.WriteLine("SKIPPED the comparison with gcc: no gcc on PATH.");
            return;
        }
        var c = $$"""
            static double sumto(double _lx) {
                double _lsumto;
            {{SumToBody}}
                return _lsumto;
            }
            int main(void) {
                double a = sumto(4.7);
                double b = sumto(10);
                double c = sumto(-1);
                printf("%g %g %g\n", a, b, c);
                return 0;
            }
            """;
        Assert.Equal(GccProgram.Run(c).Output, translated);
    }

    [Fact]
    public void HocExecErrorThrowsWithTheModFileAndLine()
    {
        const string c = """

                if (_lx < 0) {
                    hoc_execerror("sumto:", "negative argument");
                }
            """;
        var module = new VerbatimModule("cells/sum.mod", new DefaultNameResolver().ModLocal("x", "x"));
        var block = module.TranslateStatements(c, new VerbatimOrigin("cells/sum.mod", 41, 9), VerbatimBlockContext.Procedure("check"));
        Assert.True(block.Succeeded, string.Join("\n", block.Diagnostics));
        var assembly = RoslynProgram.Compile($$"""
            using System;
            public static class Translated
            {
                public static void check(double x)
                {
            {{block.Code}}
                }
            }
            """);
        var check = assembly.GetType("Translated")!.GetMethod("check")!;
        check.Invoke(null, [1.0]);
        var thrown = Assert.Throws<System.Reflection.TargetInvocationException>(() => check.Invoke(null, [-1.0]));
        var error = Assert.IsType<HocExecutionError>(thrown.InnerException);
        Assert.Equal("cells/sum.mod", error.ModFile);
        Assert.Equal(43, error.Line);
        Assert.Equal("cells/sum.mod:43: sumto: negative argument", error.Message);
    }

    [Fact]
    public void ReturnZeroLeavesAProcedureAndReturnsZeroFromAFunction()
    {
        var module = new VerbatimModule("test.mod", new DefaultNameResolver());
        var procedure = module.TranslateStatements("return 0;", Translate.Origin, VerbatimBlockContext.Procedure("p"));
        var function = module.TranslateStatements("return 0;", Translate.Origin, VerbatimBlockContext.Function("f"));
        var netReceive = module.TranslateStatements("return;", Translate.Origin, VerbatimBlockContext.Block("NET_RECEIVE"));
        Assert.Equal("#line 10 \"test.mod\"\nreturn;\n#line default\n", procedure.Code);
        Assert.Equal("#line 10 \"test.mod\"\nreturn 0;\n#line default\n", function.Code);
        Assert.Equal("#line 10 \"test.mod\"\nreturn;\n#line default\n", netReceive.Code);
    }

    [Fact]
    public void MacrosAndFunctionsOfFileScopeBlocksServeLaterBlocks()
    {
        var module = new VerbatimModule("test.mod", new DefaultNameResolver().ModLocal("x", "x").ModLocal("g", "result"));
        var file = module.AddFileScope("#define SCALE 4\nstatic double twice(double y) { return 2 * y; }\n", Translate.Origin);
        Assert.True(file.Succeeded, string.Join("\n", file.Diagnostics));
        var block = module.TranslateStatements("_lg = twice(_lx) * SCALE;", new VerbatimOrigin("test.mod", 30, 1), VerbatimBlockContext.Function("g"));
        Assert.True(block.Succeeded, string.Join("\n", block.Diagnostics));
        var assembly = RoslynProgram.Compile($$"""
            using System;
            public static class Translated
            {
            {{file.Code}}
                public static double g(double x)
                {
                    double result = 0;
            {{block.Code}}
                    return result;
                }
            }
            """);
        Assert.Equal(2 * 1.25 * 4, assembly.GetType("Translated")!.GetMethod("g")!.Invoke(null, [1.25]));
    }

    [Fact]
    public void LineDirectivesMapEachStatementToItsModFileLine()
    {
        const string c = "\nstatic int f(int n) {\n    int k = n;\n\n    k *= 2;\n    return k;\n}\n";
        var code = Translate.FileScope(c);
        var lines = code.Split('\n');
        Assert.Equal("#line 11 \"test.mod\"", lines[0]);
        Assert.Equal("private static int f(int n)", lines[1]);
        Assert.Contains("#line 12 \"test.mod\"\n    int k = n;\n#line 14 \"test.mod\"\n    k *= 2;\n#line 15 \"test.mod\"\n    return k;\n", code);
        Assert.EndsWith("#line default\n", code);
    }

    [Fact]
    public void LocalsOfOneBlockAreVisibleInTheNextBlockOfTheSameNmodlBlock()
    {
        var module = new VerbatimModule("test.mod", new DefaultNameResolver().ModLocal("f", "result"));
        var context = VerbatimBlockContext.Function("f");
        var first = module.TranslateStatements("double acc = 1.5; int k;", Translate.Origin, context);
        var second = module.TranslateStatements("for (k = 0; k < 3; k++) acc *= 2; _lf = acc;", new VerbatimOrigin("test.mod", 14, 1), context);
        Assert.True(first.Succeeded && second.Succeeded, string.Join("\n", first.Diagnostics.Concat(second.Diagnostics)));
        var assembly = RoslynProgram.Compile($$"""
            public static class Translated
            {
                public static double f()
                {
                    double result = 0;
            {{first.Code}}
                    result = -1;
            {{second.Code}}
                    return result;
                }
            }
            """);
        Assert.Equal(12.0, assembly.GetType("Translated")!.GetMethod("f")!.Invoke(null, null));
    }

    [Fact]
    public void TheResolverCanMapNeuronsParameterArray()
    {
        var resolver = new DefaultNameResolver().Variable("_p", "p", new CType(CScalar.Double, 1));
        var block = new VerbatimModule("test.mod", resolver)
            .TranslateStatements("_p[1] = _p[0] * 2; *(_p + 2) += 1;", Translate.Origin, VerbatimBlockContext.Block("INITIAL"));
        Assert.True(block.Succeeded, string.Join("\n", block.Diagnostics));
        var assembly = RoslynProgram.Compile($$"""
            using System;
            public static class Translated
            {
                public static void initial(double[] data)
                {
                    Span<double> p = data;
            {{block.Code}}
                }
            }
            """);
        var data = new[] { 1.5, 0.0, 10.0 };
        assembly.GetType("Translated")!.GetMethod("initial")!.Invoke(null, [data]);
        Assert.Equal([1.5, 3.0, 11.0], data);
    }

    [Fact]
    public void TimeIsAMacroAsInNeuronsGeneratedC()
    {
        var module = new VerbatimModule("test.mod", new DefaultNameResolver().Variable("t", "time", CType.Double, isAssignable: false)
            .ModLocal("f", "result"));
        var block = module.TranslateStatements("#if defined(t) && defined(dt)\n_lf = t;\n#else\n_lf = -1;\n#endif\n", Translate.Origin,
            VerbatimBlockContext.Function("f"));
        Assert.True(block.Succeeded, string.Join("\n", block.Diagnostics));
        Assert.Contains("result = time;", block.Code);
        Assert.DoesNotContain("-1", block.Code);
    }

    [Fact]
    public void LocalsOfABlockAvoidTheNamesOfTheEnclosingMethod()
    {
        var module = new VerbatimModule("test.mod", new DefaultNameResolver().ModLocal("f", "result"));
        var block = module.TranslateStatements("double result = 2; _lf = result * 3;", Translate.Origin,
            VerbatimBlockContext.Function("f") with { ReservedNames = new HashSet<string> { "result" } });
        Assert.True(block.Succeeded, string.Join("\n", block.Diagnostics));
        var assembly = RoslynProgram.Compile($$"""
            public static class Translated
            {
                public static double f()
                {
                    double result = 0;
            {{block.Code}}
                    return result;
                }
            }
            """);
        Assert.Equal(6.0, assembly.GetType("Translated")!.GetMethod("f")!.Invoke(null, null));
    }

    [Fact]
    public void RoslynMapsTranslatedStatementsToModFileLines()
    {
        const string c = "\nstatic double half(double x) {\n    double y = x / 2;\n\n    return y;\n}\n";
        var source = "public static class Translated\n{\n" + Translate.FileScope(c) + "}\n";
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, path: "Translated.cs");
        var statements = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax>()
            .Where(s => s is not Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax)
            .Select(s => s.GetLocation().GetMappedLineSpan())
            .Select(span => (span.Path, span.StartLinePosition.Line + 1))
            .ToList();
        Assert.Equal([("test.mod", 12), ("test.mod", 14)], statements);
    }

    [Fact]
    public void TranslatedCodeCompilesWithoutWarnings()
    {
        var members = Translate.FileScope("""
            static double table[3] = {1, 2, 3};
            static int pick(int i, double* out) {
                double scratch[2];
                scratch[0] = table[i];
                *out = scratch[0] + (i > 1);
                switch (i) { case 0: return 1; default: break; }
                return 0;
            }
            static int forever(int n) {
                for (;;) { if (n > 10) return n; n *= 2; }
            }
            static int until(int n) {
                while (1) { n++; if (n % 7 == 0) break; }
                return n;
            }
            """);
        Assert.Empty(RoslynProgram.Warnings(members));
    }

    [Fact]
    public void FloatStaysSinglePrecision()
    {
        var code = Translate.FileScope("static float third(float x) { return x / 3; }");
        Assert.Contains("private static float third(float x)", code);
        Assert.Contains("return x / 3;", code);
    }
}
