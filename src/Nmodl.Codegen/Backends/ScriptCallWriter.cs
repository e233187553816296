using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Backends;

/// <summary>Writes <c>IMechanismKernels.Call</c>: a script's call of a FUNCTION or PROCEDURE by name, for
/// one instance, with its declared parameters taken from the numbers the script passed. As nocmodl's hoc
/// wrappers do, a function with a TABLE first brings its table up to date, and a PROCEDURE returns 1.</summary>
public static class ScriptCallWriter
{
    public static void Write(CodeWriter w, LoweredMechanism m)
    {
        if (m.Functions.IsEmpty) return;
        w.Open("public double Call(MechanismBlock block, CellGroupState state, int instance, string function, ReadOnlySpan<double> arguments)");
        w.Line("int i = instance;");
        w.Line(m.Info.Kind == Nrn.Abi.MechanismKind.ArtificialCell ? "double v = 0.0;" : "double v = state.V[block.NodeIndex[i]];");
        w.Open("switch (function)");
        foreach (var f in m.Functions)
        {
            var what = $"{(f.IsFunction ? "FUNCTION" : "PROCEDURE")} {f.Name} of {m.Info.Name}";
            w.Line($"case {CSharpNames.String(f.Name)}:");
            w.Line($"    if (arguments.Length < {f.Parameters.Length}) throw new ArgumentException({CSharpNames.String(what)} + $\" takes {f.Parameters.Length} number(s), {{arguments.Length}} given\");");
            if (f.Table is not null) w.Line($"    {CSharpNames.TableCheck(f.Name)}(block, state);");
            var args = string.Concat(Enumerable.Range(0, f.Parameters.Length).Select(k => $", arguments[{k}]"));
            var call = $"{CSharpNames.Function(f.Name)}(block, state, i, v{args})";
            if (f.IsFunction) w.Line($"    return {call};");
            else w.Line($"    {call}; return 1.0;");
        }
        w.Line($"default: throw new ArgumentException({CSharpNames.String($"mechanism '{m.Info.Name}' has no FUNCTION or PROCEDURE '")} + function + \"'\");");
        w.Close();
        w.Close();
        w.Line();
    }
}
