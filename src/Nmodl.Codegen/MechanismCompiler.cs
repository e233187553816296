using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Emit;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;
using Nrn.Abi;

namespace Nmodl.Codegen;

/// <summary>The back half of the mechanism compiler: IR in, C# source or a loaded assembly's
/// descriptors out.</summary>
public static class MechanismCompiler
{
    public static GeneratedSource Generate(MechanismIr mechanism, BackendOptions options) =>
        new($"{mechanism.Info.Name}.g.cs", MechanismClassWriter.Write(Pipeline.Lower(mechanism), options));

    public static IReadOnlyList<MechanismDescriptor> CompileInMemory(IEnumerable<MechanismIr> mechanisms, BackendOptions options, string assemblyName = "nrnmech") =>
        RoslynCompiler.Descriptors(RoslynCompiler.CompileInMemory(assemblyName, mechanisms.Select(m => Generate(m, options))));

    public static MechanismDescriptor CompileInMemory(MechanismIr mechanism, BackendOptions options) =>
        CompileInMemory([mechanism], options, $"nrnmech_{mechanism.Info.Name}_{Guid.NewGuid():N}")[0];
}
