using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Backends;

/// <summary>Writes user FUNCTIONs/PROCEDUREs that were not inlined as methods
/// <c>F_name(block, state, i, v, args...)</c>, and for a TABLE the table check and the lookup
/// exactly as nocmodl's <c>_check_</c> and <c>_n_</c> functions: n+1 points at
/// <c>x += dx</c> from lo, rebuilt when a DEPEND value changes, linear interpolation, clamped ends.</summary>
public static class FunctionWriter
{
    private const string Parameters = "MechanismBlock block, CellGroupState state, int i, double v";

    /// <summary>A FUNCTION_TABLE: a lookup in the descriptor's table, which the user fills. The
    /// arguments of a table of several go to it in a stack-allocated span (nothing per call on the heap).</summary>
    public static void WriteFunctionTable(CodeWriter w, FunctionTableInfo table, int index)
    {
        var x = Enumerable.Range(0, table.Arity).Select(k => $"x{k}").ToList();
        var arguments = table.Arity == 1 ? "x0" : $"stackalloc double[] {{ {string.Join(", ", x)} }}";
        w.Line($"private double {CSharpNames.Function(table.Name)}({Parameters}{string.Concat(x.Select(a => ", double " + a))}) => block.Descriptor.FunctionTables[{index}].Lookup({arguments});");
    }

    public static void Write(CodeWriter w, FunctionIr f, VarRef? useTable, string mechanism)
    {
        var x = new ScalarExpressions();
        var parameters = string.Concat(f.Parameters.Select(p => ", double " + CSharpNames.Parameter(p)));
        var name = f.Table is null ? CSharpNames.Function(f.Name) : CSharpNames.RawFunction(f.Name);
        var body = UniqueLocals.Apply(f.Body, [f.Name]);
        w.Open($"private double {name}({Parameters}{parameters})");
        Prologue.Write(w, body);
        if (Prologue.References(body).Any(r => r.Storage is Storage.Area or Storage.Diam or Storage.NodeRhs or Storage.NodeD))
            w.Line("int node = nodeIndex[i];");
        if (f.IsFunction) w.Line($"double {CSharpNames.Local(f.Name)} = 0.0;");
        new ScalarStatements(w, x).Write(body);
        w.Directive("#line default");
        w.Line(f.IsFunction ? $"return {CSharpNames.Local(f.Name)};" : "return 0.0;");
        w.Close();
        w.Line();
        if (f.Table is { } table) WriteTable(w, f, table, useTable ?? throw new InvalidOperationException(
            $"internal error: mechanism '{mechanism}' has a TABLE in '{f.Name}' but no usetable variable"), mechanism);
    }

    private static void WriteTable(CodeWriter w, FunctionIr f, TableSpec table, VarRef useTable, string mechanism)
    {
        if (f.Parameters.Length != 1)
            throw new CodegenException(f.Location, $"TABLE in '{f.Name}' of mechanism '{mechanism}' needs exactly one argument, it has {f.Parameters.Length}");
        if (table.Targets.FirstOrDefault(t => t.Storage is not (Storage.Global or Storage.Range)) is { } bad)
            throw new CodegenException(f.Location, $"TABLE in '{f.Name}' of mechanism '{mechanism}': '{bad.Name}' must be a GLOBAL or per-instance variable to be tabulated");
        var x = new ScalarExpressions();
        var n = table.Intervals;
        var id = CSharpNames.Sanitize(f.Name);
        var columns = f.IsFunction ? [f.Name] : table.Targets.Select(t => t.Name).ToArray();
        foreach (var c in columns) w.Line($"private readonly double[] {CSharpNames.Table(f.Name, c)} = new double[{n + 1}];");
        w.Line($"private bool _made_{id};");
        w.Line($"private double {CSharpNames.TableMin(f.Name)}, {CSharpNames.TableScale(f.Name)};");
        for (var k = 0; k < table.Depends.Length; k++) w.Line($"private double _sav_{id}_{k};");
        w.Line();

        w.Open($"private void {CSharpNames.TableCheck(f.Name)}(MechanismBlock block, CellGroupState state)");
        w.Line("if (block.Capacity == 0) return;");
        w.Line("const int i = 0;");
        w.Line("const double v = 0.0;");
        // As nocmodl's table check, which runs the function on the first instance's data.
        Prologue.Write(w, [], extra: [table.From, table.To, .. table.Depends.Select(dep => (Expr)dep), .. table.Targets.Select(t => (Expr)t)]);
        w.Line($"if ({x.Name(useTable)} == 0.0) return;");
        var changed = string.Concat(table.Depends.Select((dep, k) => $" || _sav_{id}_{k} != {x.Name(dep)}"));
        w.Open($"if (!_made_{id}{changed})");
        w.Line($"_made_{id} = true;");
        w.Line($"{CSharpNames.TableMin(f.Name)} = {x.Value(table.From)};");
        w.Line($"double tmax = {x.Value(table.To)};");
        w.Line($"double dx = (tmax - {CSharpNames.TableMin(f.Name)}) / {CSharpNames.Literal(n)};");
        w.Line($"{CSharpNames.TableScale(f.Name)} = 1.0 / dx;");
        w.Line($"double x = {CSharpNames.TableMin(f.Name)};");
        w.Open($"for (int k = 0; k < {n + 1}; x += dx, k++)");
        if (f.IsFunction)
        {
            w.Line($"{CSharpNames.Table(f.Name, f.Name)}[k] = {CSharpNames.RawFunction(f.Name)}(block, state, i, v, x);");
        }
        else
        {
            w.Line($"{CSharpNames.RawFunction(f.Name)}(block, state, i, v, x);");
            foreach (var t in table.Targets) w.Line($"{CSharpNames.Table(f.Name, t.Name)}[k] = {x.Name(t)};");
        }
        w.Close();
        for (var k = 0; k < table.Depends.Length; k++) w.Line($"_sav_{id}_{k} = {x.Name(table.Depends[k])};");
        w.Close();
        w.Close();
        w.Line();

        var arg = CSharpNames.Parameter(f.Parameters[0]);
        w.Open($"private double {CSharpNames.Function(f.Name)}({Parameters}, double {arg})");
        w.Line("var globals = block.Globals;");
        foreach (var t in table.Targets.Where(t => t.Storage == Storage.Range))
            w.Line($"var {CSharpNames.FieldArray(t)} = block.Fields[{t.Index}];");
        w.Line($"if ({x.Name(useTable)} == 0.0) return {CSharpNames.RawFunction(f.Name)}(block, state, i, v, {arg});");
        w.Line($"double xi = {CSharpNames.TableScale(f.Name)} * ({arg} - {CSharpNames.TableMin(f.Name)});");
        Case("double.IsNaN(xi)", _ => "xi");
        Case("xi <= 0.0", c => $"{CSharpNames.Table(f.Name, c)}[0]");
        Case($"xi >= {CSharpNames.Literal(n)}", c => $"{CSharpNames.Table(f.Name, c)}[{n}]");
        w.Line("int k = (int)xi;");
        w.Line("double theta = xi - (double)k;");
        Assignments(c => $"{CSharpNames.Table(f.Name, c)}[k] + theta * ({CSharpNames.Table(f.Name, c)}[k + 1] - {CSharpNames.Table(f.Name, c)}[k])");
        w.Close();
        w.Line();

        void Case(string condition, Func<string, string> value)
        {
            w.Open($"if ({condition})");
            Assignments(value);
            w.Close();
        }

        void Assignments(Func<string, string> value)
        {
            if (f.IsFunction)
            {
                w.Line($"return {value(f.Name)};");
                return;
            }
            foreach (var t in table.Targets) w.Line($"{x.Name(t)} = {value(t.Name)};");
            w.Line("return 0.0;");
        }
    }
}
