using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Emit;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests;

/// <summary>The compiled assembly describes its mechanism exactly as the IR declared it.</summary>
public sealed class DescriptorTests
{
    [Fact]
    public void Compiled_descriptor_carries_names_units_defaults_ions_and_a_working_factory()
    {
        var ir = HhLike.Build();
        var d = MechanismCompiler.CompileInMemory(ir, new BackendOptions());
        var info = ir.Info;
        Assert.Equal("hhlike", d.Name);
        Assert.Equal(MechanismKind.Density, d.Kind);
        Assert.Equal(info.Range, d.Range);
        Assert.Equal(info.Globals, d.Globals);
        Assert.Equal(info.Ions.Select(i => (i.Ion, string.Join(",", i.Reads), string.Join(",", i.Writes), i.Valence)),
            d.Ions.Select(i => (i.Ion, string.Join(",", i.Reads), string.Join(",", i.Writes), i.Valence)));
        Assert.Equal(0.12, d.Range.Single(r => r.Name == "gnabar").Default);
        Assert.Equal("S/cm2", d.Range.Single(r => r.Name == "gnabar").Units);
        Assert.False(d.HasNetReceive);
        Assert.Equal("hhlike.mod", d.SourceFile);
        Assert.Equal(12, d.FieldCount);
        Assert.IsAssignableFrom<IMechanismKernels>(d.CreateKernels());
    }

    [Fact]
    public void Several_mechanisms_compile_into_one_assembly()
    {
        var descriptors = MechanismCompiler.CompileInMemory([HhLike.Build("first"), HhLike.Build("second")], new BackendOptions(), "two_" + Guid.NewGuid().ToString("N"));
        Assert.Equal(["first", "second"], descriptors.Select(d => d.Name).Order());
    }

    [Fact]
    public void Generated_source_maps_statements_to_mod_lines()
    {
        var text = MechanismCompiler.Generate(HhLike.Build(), BackendOptions.Scalar).Text;
        Assert.Contains("#line 41 \"test.mod\"", text);
        Assert.Contains("#line 21 \"test.mod\"", text);
    }

    [Fact]
    public void Assembly_written_to_a_file_loads_and_a_failed_build_leaves_it_untouched()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nrnmech_{Guid.NewGuid():N}.dll");
        try
        {
            RoslynCompiler.CompileToFile("filemech", [MechanismCompiler.Generate(HhLike.Build(), new BackendOptions())], path);
            var bytes = File.ReadAllBytes(path);
            var loaded = RoslynCompiler.Descriptors(System.Reflection.Assembly.Load(bytes));
            Assert.Equal("hhlike", Assert.Single(loaded).Name);

            var error = Assert.Throws<GeneratedCodeException>(() =>
                RoslynCompiler.CompileToFile("broken", [new GeneratedSource("broken.g.cs", "class Broken { void F() { undefined(); } }")], path));
            Assert.Contains("undefined()", error.Message);
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
