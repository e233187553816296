using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Backends;

/// <summary>Writes the static factory of a mechanism's <c>Nrn.Abi.MechanismDescriptor</c>.</summary>
public static class DescriptorWriter
{
    public const string MethodName = "CreateDescriptor";

    public static void Write(CodeWriter w, MechanismInfo info, string className, bool hasNetReceive, IEnumerable<Nrn.Abi.BeforeAfterTiming> beforeAfter,
        bool hasCurrent, bool hasStateUpdate, (bool Constructor, bool Destructor) lifecycle)
    {
        w.Open($"public static MechanismDescriptor {MethodName}()");
        w.Line("return new MechanismDescriptor(");
        w.Line($"    {CSharpNames.String(info.Name)},");
        w.Line($"    MechanismKind.{info.Kind},");
        w.Line("    new RangeVariable[]");
        w.Line("    {");
        foreach (var r in info.Range)
            w.Line($"        new({CSharpNames.String(r.Name)}, {CSharpNames.String(r.Units)}, VariableKind.{r.Kind}, {CSharpNames.Literal(r.Default)}, {r.Field}, {r.Length}),");
        w.Line("    },");
        w.Line("    new GlobalVariable[]");
        w.Line("    {");
        foreach (var g in info.Globals)
            w.Line($"        new({CSharpNames.String(g.Name)}, {CSharpNames.String(g.Units)}, VariableKind.{g.Kind}, {CSharpNames.Literal(g.Default)}, {g.Index}, {g.Length}),");
        w.Line("    },");
        w.Line("    new IonUse[]");
        w.Line("    {");
        foreach (var ion in info.Ions)
        {
            var reads = string.Join(", ", ion.Reads.Select(f => "IonField." + f));
            var writes = string.Join(", ", ion.Writes.Select(f => "IonField." + f));
            var valence = ion.Valence is { } z ? CSharpNames.Literal(z) : "null";
            w.Line($"        new({CSharpNames.String(ion.Ion)}, new IonField[] {{ {reads} }}, new IonField[] {{ {writes} }}, {valence}),");
        }
        w.Line("    },");
        w.Line($"    new string[] {{ {string.Join(", ", info.Pointers.Select(CSharpNames.String))} }},");
        w.Line($"    {info.NetReceiveArgumentCount},");
        w.Line($"    {(hasNetReceive ? "true" : "false")},");
        w.Line($"    {CSharpNames.String(info.SourceFile)},");
        var tables = string.Join(", ", info.FunctionTables.Select(t => $"new FunctionTable({CSharpNames.String(info.Name)}, {CSharpNames.String(t.Name)}, {t.Arity})"));
        var timings = string.Join(", ", beforeAfter.Distinct().Select(t => $"BeforeAfterTiming.{t}"));
        w.Line($"    () => new {className}()) {{ FunctionTables = new FunctionTable[] {{ {tables} }}, FieldCount = {info.FieldCount}, GlobalCount = {info.GlobalCount}, " +
            $"BeforeAfterTimings = new BeforeAfterTiming[] {{ {timings} }}, HasCurrent = {Bool(hasCurrent)}, HasStateUpdate = {Bool(hasStateUpdate)}, " +
            $"HasConstructor = {Bool(lifecycle.Constructor)}, HasDestructor = {Bool(lifecycle.Destructor)} }};");
        w.Close();
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
