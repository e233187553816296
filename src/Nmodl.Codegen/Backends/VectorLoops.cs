using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Backends;

/// <summary>WHILE and FROM loops inside a vectorized kernel. A FROM loop whose bounds and step are
/// the same for every instance (numbers, t, dt, celsius, GLOBALs the kernel never writes) runs once
/// per chunk with a scalar counter, its body on vectors. Any other loop runs while at least one lane
/// still iterates, with a mask of those lanes: each lane executes exactly the iterations the scalar
/// loop executes for its instance (its body's assignments are masked selects, and the counter
/// advances only on the lanes of the mask), so the results are bit-identical. As in the scalar path
/// (nocmodl's <c>(int)</c> casts), a FROM loop's bounds are truncated toward zero, lane by lane.</summary>
public sealed class VectorLoops(CodeWriter w, VectorExpressions x, VectorShape shape, IReadOnlySet<int> writtenGlobals)
{
    private const string Truncate = "Lanes_int";
    private int _loops;

    private string V => shape.Name;

    private string Any(string mask) => $"{V}.ExtractMostSignificantBits({mask}) != 0";

    /// <summary><c>(double)(int)x</c> on each lane: the scalar path's conversion, whatever it does at the edges (NaN, overflow).</summary>
    public static void WriteLaneHelpers(CodeWriter w, VectorShape shape)
    {
        var lanes = string.Join(", ", Enumerable.Range(0, shape.Width).Select(k => $"(double)(int)a.GetElement({k})"));
        w.Line($"private static {shape.Name}<double> {Truncate}({shape.Name}<double> a) => {shape.Name}.Create({lanes});");
    }

    public void While(While loop, string? mask, Action<ImmutableArray<Stmt>, string?> writeBody)
    {
        var lanes = $"loop{_loops++}";
        w.Line($"var {lanes} = {Within(mask, x.Mask(loop.Condition))};");
        w.Open($"while ({Any(lanes)})");
        writeBody(loop.Body, lanes);
        ScalarStatements.LineDirective(w, loop.Location);
        w.Line($"{lanes} &= {x.Mask(loop.Condition)};");
        w.Close();
    }

    public void For(For loop, string? mask, Action<ImmutableArray<Stmt>, string?> writeBody)
    {
        if (Uniform(loop)) UniformFor(loop, mask, writeBody);
        else MaskedFor(loop, mask, writeBody);
    }

    private string Within(string? mask, string condition) => mask is null ? condition : $"{mask} & {condition}";

    private string Assign(string? mask, string target, string value) =>
        mask is null ? $"{target} = {value};" : $"{target} = {V}.ConditionalSelect({mask}, {value}, {target});";

    private void MaskedFor(For loop, string? mask, Action<ImmutableArray<Stmt>, string?> writeBody)
    {
        var lanes = $"loop{_loops++}";
        var counter = x.Name(loop.Counter);
        w.Line(Assign(mask, counter, $"{Truncate}({x.Value(loop.From)})"));
        var more = $"{V}.LessThanOrEqual({counter}, {Truncate}({x.Value(loop.To)}))";
        w.Line($"var {lanes} = {Within(mask, more)};");
        w.Open($"while ({Any(lanes)})");
        writeBody(loop.Body, lanes);
        ScalarStatements.LineDirective(w, loop.Location);
        w.Line(Assign(lanes, counter, $"{counter} + {x.Value(loop.Step)}"));
        w.Line($"{lanes} &= {more};");
        w.Close();
    }

    private void UniformFor(For loop, string? mask, Action<ImmutableArray<Stmt>, string?> writeBody)
    {
        var scalar = new ScalarExpressions();
        var index = $"loop{_loops++}";
        w.Line($"double {index};");
        w.Open($"for ({index} = (int){scalar.Value(loop.From)}; {index} <= (int){scalar.Value(loop.To)}; {index} += {scalar.Value(loop.Step)})");
        w.Line(Assign(mask, x.Name(loop.Counter), $"{V}.Create({index})"));
        writeBody(loop.Body, mask);
        ScalarStatements.LineDirective(w, loop.Location);
        w.Close();
        w.Line(Assign(mask, x.Name(loop.Counter), $"{V}.Create({index})"));
    }

    /// <summary>Bounds and step that every lane computes alike and that the body cannot change.</summary>
    private bool Uniform(For loop)
    {
        var writtenInBody = ExprRewriter.Walk(loop.Body).SelectMany(ExprRewriter.TargetsOf).ToHashSet();
        if (writtenInBody.Contains(loop.Counter)) return false;
        writtenInBody.Add(loop.Counter);
        return new[] { loop.From, loop.To, loop.Step }.All(e => !ExprRewriter.Mentions(e, r =>
            writtenInBody.Contains(r) || r.Storage switch
            {
                Storage.Global => writtenGlobals.Contains(r.Index),
                Storage.Time or Storage.Dt or Storage.Celsius => false,
                _ => true,
            }) && !ExprRewriter.HasOpaqueCall(e) && !ExprRewriter.IndexesAtRunTime(e));
    }
}
