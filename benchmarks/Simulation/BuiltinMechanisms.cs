using System.Diagnostics;
using System.Text.RegularExpressions;
using Nmodl.Codegen;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Lowering;
using Nrn.Abi;

namespace WholeSimulation;

/// <summary>Compiles the built-in mechanisms (the .mod files of mod/) with our own compiler, timed,
/// and lists them in NEURON's mechanism-type order: NEURON sums the currents at a node in that
/// order, so registering in it is what makes our traces bit-identical to NEURON's. A file our
/// compiler rejects is listed in <see cref="Rejected"/> with its diagnostics instead of stopping
/// the benchmark; a model that needs its mechanism then fails with the runtime's own error.
/// A file rejected only for its <c>at_time(...)</c> statements is compiled without them and named
/// in <see cref="WithoutAtTime"/>: at_time only marks discontinuities for a variable-step
/// integrator, NEURON's fixed step ignores it, so the fixed-step numbers are unchanged.</summary>
public sealed record BuiltinMechanisms(IReadOnlyList<MechanismDescriptor> Descriptors, IReadOnlyList<string> Rejected, IReadOnlyList<string> WithoutAtTime, int FileCount, TimeSpan FrontEnd, TimeSpan Roslyn)
{
    /// <summary>NEURON 8.2.2's built-in type numbers, ascending (docs/builtins.md); files not listed
    /// come after, by name.</summary>
    private static readonly string[] NeuronTypeOrder =
        ["pas", "IClamp", "AlphaSynapse", "ExpSyn", "Exp2Syn", "SEClamp", "VClamp", "APCount", "hh", "NetStim", "IntFire1", "IntFire2", "IntFire4"];

    public static BuiltinMechanisms Compile(string modDirectory, BackendOptions options)
    {
        var files = Directory.GetFiles(modDirectory, "*.mod");
        if (files.Length == 0) throw new BenchmarkException($"{modDirectory}: no .mod files");
        var clock = Stopwatch.StartNew();
        var mechanisms = new List<MechanismIr>();
        var rejected = new List<string>();
        var withoutAtTime = new List<string>();
        foreach (var file in files)
        {
            var bound = ModFrontEnd.LowerFile(file);
            if (bound.HasErrors && AtTimeStatement.IsMatch(File.ReadAllText(file)))
            {
                var retry = ModFrontEnd.LowerText(AtTimeStatement.Replace(File.ReadAllText(file), ""), file);
                if (!retry.HasErrors)
                {
                    bound = retry;
                    withoutAtTime.Add(Path.GetFileName(file));
                }
            }
            if (bound.HasErrors || bound.Mechanism is null)
                rejected.Add(string.Join("\n", bound.Diagnostics.Where(d => d.IsError)));
            else
                mechanisms.Add(bound.Mechanism);
        }
        var frontEnd = clock.Elapsed;
        clock.Restart();
        var descriptors = MechanismCompiler.CompileInMemory(mechanisms, options, "nrnmech_builtin");
        var roslyn = clock.Elapsed;
        var ordered = descriptors.OrderBy(Rank).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        return new BuiltinMechanisms(ordered, rejected, withoutAtTime, files.Length, frontEnd, roslyn);
    }

    private static readonly Regex AtTimeStatement = new(@"^[ \t]*at_time\([^()\n]*\)[ \t]*$", RegexOptions.Multiline);

    private static int Rank(MechanismDescriptor d)
    {
        var index = Array.IndexOf(NeuronTypeOrder, d.Name);
        return index < 0 ? NeuronTypeOrder.Length : index;
    }
}
