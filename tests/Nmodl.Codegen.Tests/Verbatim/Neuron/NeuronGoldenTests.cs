using System.Text.Json;
using Nmodl.Codegen.Verbatim;
using Nrn.CLib;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Tests.Verbatim.Neuron;

/// <summary>
/// The VERBATIM blocks of vbidioms.mod, translated and run, against what NEURON 8.2 computed and printed for
/// the same mod file (vbidioms.json, written by make_golden.py). The NMODL around the blocks is written
/// here by hand, as the code generator will write it: each FUNCTION returns its `_l` result variable.
/// </summary>
public sealed class NeuronGoldenTests
{
    private static readonly string Directory = Path.Combine(RepositoryFiles.Root, "tests", "Nmodl.Codegen.Tests", "Verbatim", "Neuron");

    [Fact]
    public void TranslatedBlocksComputeAndPrintWhatNeuronDoes()
    {
        var modPath = Path.Combine(Directory, "vbidioms.mod");
        var blocks = ModVerbatimBlocks.Read(modPath);
        var resolver = new DefaultNameResolver()
            .ModLocal("x", "x").ModLocal("a", "a").ModLocal("b", "b")
            .ModLocal("expsum", "result").ModLocal("calls", "result").ModLocal("idiv", "result").ModLocal("twice", "result").ModLocal("clampedexp", "result")
            .Variable("scale", "scale", CType.Double)
            .Function("expsum", "expsum", CType.Double, CType.Double);
        var module = new VerbatimModule("vbidioms.mod", resolver);
        var code = new Dictionary<string, string>();
        foreach (var block in blocks)
        {
            var translation = block.Enclosing is null
                ? module.AddFileScope(block.Text, block.Origin)
                : module.TranslateStatements(block.Text, block.Origin, block.Enclosing.StartsWith("PROCEDURE", StringComparison.Ordinal)
                    ? VerbatimBlockContext.Procedure(block.Name!)
                    : VerbatimBlockContext.Function(block.Name!));
            Assert.True(translation.Succeeded, string.Join("\n", translation.Diagnostics));
            code[block.Name ?? "file"] = translation.Code;
        }
        var assembly = RoslynProgram.Compile($$"""
            using System;
            public static class Translated
            {
                public static double scale = 2.5;
            {{code["file"]}}
            {{module.StaticLocalFields()}}
                public static double expsum(double x)
                {
                    double result = 0;
            {{code["expsum"]}}
                    return result;
                }
                public static double twice(double x)
                {
                    double result = 0;
            {{code["twice"]}}
                    return result;
                }
                public static double clampedexp(double x)
                {
                    double result = 0;
            {{code["clampedexp"]}}
                    return result;
                }
                public static double calls()
                {
                    double result = 0;
            {{code["calls"]}}
                    return result;
                }
                public static double idiv(double a, double b)
                {
                    double result = 0;
            {{code["idiv"]}}
                    return result;
                }
                public static void report(double x)
                {
            {{code["report"]}}
                    global::Nrn.CLib.CStdio.Printf("report continues after VERBATIM\n");
                }
            }
            """);
        var type = assembly.GetType("Translated")!;
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "vbidioms.json")));
        var printed = new StringWriter();
        var warnings = new StringWriter();
        using (CStdio.Redirect(printed, warnings))
        {
            foreach (var call in golden.RootElement.GetProperty("calls").EnumerateArray())
            {
                var name = call.GetProperty("function").GetString()!;
                var arguments = call.GetProperty("arguments").EnumerateArray().Select(a => (object)a.GetDouble()).ToArray();
                var value = (double)type.GetMethod(name)!.Invoke(null, arguments)!;
                Assert.True(call.GetProperty("value").GetDouble() == value,
                    $"{name}({string.Join(", ", arguments)}): NEURON {call.GetProperty("value").GetDouble():R}, translation {value:R}");
            }
            foreach (var x in golden.RootElement.GetProperty("reports").EnumerateArray())
            {
                type.GetMethod("report")!.Invoke(null, [x.GetDouble()]);
            }
        }
        Assert.Equal(golden.RootElement.GetProperty("warnings").GetString(), warnings.ToString());
        Assert.Equal(golden.RootElement.GetProperty("printed").GetString(), printed.ToString());
    }
}
