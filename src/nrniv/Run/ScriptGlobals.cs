using Nrn;

namespace Nrniv.Run;

/// <summary>What a script run by <c>nrniv run</c> sees as globals, besides the usings of
/// <c>Nrn</c> and <c>using static Nrn.Units</c>: the simulation (NEURON's <c>h</c>, with the
/// mechanism libraries already loaded) and the command-line arguments that followed the script.</summary>
public sealed class ScriptGlobals(Simulation simulation, IReadOnlyList<string> arguments, string scriptPath)
{
    /// <summary>The simulation: <c>sim.Section("soma")</c>, <c>sim.FInitialize(-65 * mV)</c>, ...
    /// Lower case because it plays the part of a variable a script would declare itself.</summary>
    public Simulation sim { get; } = simulation;

    /// <summary>The arguments after the script's name (Python's <c>sys.argv[1:]</c>).</summary>
    public IReadOnlyList<string> Args { get; } = arguments;

    /// <summary>The full path of the script being run (Python's <c>__file__</c>).</summary>
    public string ScriptPath { get; } = scriptPath;

    /// <summary>The folder of the script, to find files shipped beside it whatever the current folder.</summary>
    public string ScriptDirectory => Path.GetDirectoryName(ScriptPath) ?? ".";
}
