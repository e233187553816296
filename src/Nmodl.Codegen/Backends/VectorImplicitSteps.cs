using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Backends;

/// <summary>derivimplicit's Newton step (<see cref="NewtonStep"/>), KINETIC's sparse step and LINEAR's
/// direct solve (<see cref="SparseStep"/>) inside a vectorized kernel: the iteration runs on whole
/// vectors with a mask of the lanes still iterating. A lane that has converged (or failed) stops
/// changing: every assignment of the block's body and every state update is a masked select, so each
/// lane performs exactly the iterations and the arithmetic the scalar methods of
/// <see cref="ImplicitSolverWriter"/> perform for its instance, and the loop ends when no lane is
/// left or at the scalar iteration limit. The linear systems are solved lane by lane with the scalar
/// pivoting (<see cref="DenseLuWriter"/>). A lane that fails is reported as the scalar path would
/// report it: the lowest such instance of the chunk, with the scalar message.
/// The block's body is written inline at each place the scalar method calls it; its LOCALs get a
/// prefix of the step (they must not meet the kernel's) and restart at 0 at each evaluation, as the
/// scalar method's locals do.</summary>
public sealed class VectorImplicitSteps
{
    private const int NewtonIterations = 50;
    private const int SparsePasses = 20;

    private readonly Dictionary<Stmt, int> _ids = new(ReferenceEqualityComparer.Instance);
    private (int Id, int Size) _current;

    private VectorImplicitSteps(ImmutableArray<Stmt> body) => Body = Rewrite(body);

    /// <summary>The kernel body with each step's body given step-prefixed locals, its dt and its saved states as locals.</summary>
    public ImmutableArray<Stmt> Body { get; }

    public static VectorImplicitSteps Prepare(ImmutableArray<Stmt> body) => new(body);

    /// <summary>Whether the vector kernel can run this step (its body must also be vectorizable).
    /// STEADYSTATE sparse keeps NEURON's retry loop in the scalar path; accumulations inside a body
    /// that runs several times per step are left to the scalar path too.</summary>
    public static bool Supports(Stmt step) => step switch
    {
        NewtonStep n => StatesAreFields(n.States) && NoAccumulation(n.Body),
        SparseStep s => !(s.SteadyState && !s.Direct) && StatesAreFields(s.States) && NoAccumulation(s.Body),
        _ => false,
    };

    private static bool StatesAreFields(ImmutableArray<VarRef> states) => states.All(s => s.Storage == Storage.Range);

    private static bool NoAccumulation(ImmutableArray<Stmt> body) => !ExprRewriter.Walk(body).Any(s => s is Accumulate);

    private ImmutableArray<Stmt> Rewrite(ImmutableArray<Stmt> body) => [.. body.Select(s => s switch
    {
        NewtonStep n => Register(n with
        {
            Body = Localize(n.Body, Prefix(_ids.Count)),
            DerivativeLocals = [.. n.DerivativeLocals.Select(l => Prefix(_ids.Count) + l)],
        }),
        SparseStep p => Register(p with { Body = Localize(p.Body, Prefix(_ids.Count)) }),
        If i => i with { Then = Rewrite(i.Then), Else = Rewrite(i.Else) },
        Block b => b with { Body = Rewrite(b.Body) },
        _ => s,
    })];

    private Stmt Register(Stmt step)
    {
        _ids[step] = _ids.Count;
        return step;
    }

    private static string Prefix(int id) => $"step{id}.";

    private static ImmutableArray<Stmt> Localize(ImmutableArray<Stmt> body, string prefix)
    {
        var renamed = ExprRewriter.RewriteStatements(UniqueLocals.Apply(body),
            e => ExprRewriter.Substitute(e, r => Replacement(r) is { } local ? (Expr)local : null), r => Replacement(r) ?? r);
        return RenameDeclarations(renamed);

        VarRef? Replacement(VarRef r) => r.Storage switch
        {
            Storage.Local => VarRef.Local(prefix + r.Name),
            Storage.Dt => VarRef.Local(prefix + "dt"),
            Storage.Saved => VarRef.Local(prefix + "saved" + r.Index),
            _ => null,
        };

        ImmutableArray<Stmt> RenameDeclarations(ImmutableArray<Stmt> statements) => [.. statements.Select(s => s switch
        {
            LocalDecl d => d with { Names = [.. d.Names.Select(n => prefix + n)] },
            If i => i with { Then = RenameDeclarations(i.Then), Else = RenameDeclarations(i.Else) },
            Block b => b with { Body = RenameDeclarations(b.Body) },
            _ => s,
        })];
    }

    /// <summary>What each step needs across chunks: its dt, saved states and the vectors of its linear systems.</summary>
    public void WriteScratch(CodeWriter w, VectorShape shape)
    {
        var V = shape.Name;
        foreach (var (step, id) in _ids.OrderBy(p => p.Value))
        {
            var p = $"step{id}_";
            var (n, dt) = step switch
            {
                NewtonStep s => (s.States.Length, s.SteadyState ? "1e-9" : "dt"),
                SparseStep s => (s.States.Length, "dt"),
                _ => throw new InvalidOperationException("internal error: not an implicit step"),
            };
            w.Line($"var {Local(id, "dt")} = {V}.Create({dt});");
            for (var k = 0; k < n; k++) w.Line($"var {Local(id, "saved" + k)} = zero;");
            var spans = step is NewtonStep ? new[] { ("jacobian", n * n), ("work", n * n), ("delta", n), ("value", n), ("high", n), ("low", n) } : [("matrix", n * n), ("b", n)];
            foreach (var (name, size) in spans) w.Line($"Span<{V}<double>> {p}{name} = stackalloc {V}<double>[{size}];");
        }
    }

    private static string Local(int id, string name) => CSharpNames.Local(Prefix(id) + name);

    /// <summary>Writes one step at the top level of the chunk loop; <paramref name="writeBody"/> writes
    /// statements of the kernel's vector backend under a mask (null: every lane).</summary>
    public void Write(CodeWriter w, VectorExpressions x, VectorShape shape, Stmt step, Action<ImmutableArray<Stmt>, string?> writeBody)
    {
        var id = _ids[step];
        _current = (id, step switch { NewtonStep n => n.States.Length, SparseStep p => p.States.Length, _ => 0 });
        var writer = new StepWriter(w, x, shape, id, writeBody);
        switch (step)
        {
            case NewtonStep n:
                writer.Newton(n);
                break;
            case SparseStep { Direct: true } s:
                writer.Direct(s);
                break;
            case SparseStep s:
                writer.Sparse(s);
                break;
        }
    }

    /// <summary><c>matrix[row, column] += value</c> or <c>b[row] += value</c> of the step being written, on the lanes of <paramref name="mask"/>.</summary>
    public void WriteAdd(CodeWriter w, VectorExpressions x, VectorShape shape, Stmt add, string? mask)
    {
        var (stepId, size) = _current;
        var (element, value) = add switch
        {
            MatrixAdd m => ($"step{stepId}_matrix[{m.Row * size + m.Column}]", x.Value(m.Value)),
            RhsAdd r => ($"step{stepId}_b[{r.Row}]", x.Value(r.Value)),
            _ => throw new InvalidOperationException("internal error: not a matrix entry"),
        };
        w.Line(mask is null ? $"{element} += {value};" : $"{element} = {shape.Name}.ConditionalSelect({mask}, {element} + {value}, {element});");
    }

    private sealed class StepWriter(CodeWriter w, VectorExpressions x, VectorShape shape, int id, Action<ImmutableArray<Stmt>, string?> writeBody)
    {
        private readonly string _p = $"step{id}_";
        private string V => shape.Name;

        private string Any(string mask) => $"{V}.ExtractMostSignificantBits({mask}) != 0";

        private string Constant(double value) => $"{V}.Create({CSharpNames.Literal(value)})";

        private string Select(string mask, string then, string otherwise) => $"{V}.ConditionalSelect({mask}, {then}, {otherwise})";

        private string Saved(int k) => Local(id, "saved" + k);

        /// <summary>Saves the states and starts with every lane iterating; returns the name of the mask of iterating lanes.</summary>
        private string Begin(Stmt step, ImmutableArray<VarRef> states)
        {
            ScalarStatements.LineDirective(w, step.Location);
            for (var k = 0; k < states.Length; k++) w.Line($"{Saved(k)} = {x.Name(states[k])};");
            w.Line($"var {_p}active = {V}<double>.AllBitsSet;");
            w.Line($"var {_p}singular = zero;");
            return _p + "active";
        }

        /// <summary>Solves the system on every lane; a lane of <paramref name="active"/> whose matrix is singular stops, marked in <c>singular</c>.</summary>
        private void Solve(string active, string matrix, string b, int n)
        {
            w.Line($"var {_p}failed = {active} & {DenseLuWriter.ClassName}.Solve({_p}{matrix}, {_p}{b}, {n});");
            w.Line($"{_p}singular |= {_p}failed;");
            w.Line($"{active} = {V}.AndNot({active}, {_p}failed);");
        }

        /// <summary>One evaluation of the block's body, its locals starting from 0 as in the scalar method.</summary>
        private void Evaluate(Stmt step, ImmutableArray<Stmt> body, string? mask)
        {
            foreach (var local in ExprRewriter.Walk(body).OfType<LocalDecl>().SelectMany(d => d.Names))
                w.Line($"{CSharpNames.Local(local)} = zero;");
            writeBody(body, mask);
            ScalarStatements.LineDirective(w, step.Location);
        }

        /// <summary>Throws, for the lowest lane of <c>singular | diverged</c>, the scalar path's exception.</summary>
        private void Report(string name, bool canDiverge)
        {
            var failed = canDiverge ? $"({_p}singular | {_p}diverged)" : $"{_p}singular";
            w.Open($"if ({Any(failed)})");
            w.Line($"int {_p}lane = System.Numerics.BitOperations.TrailingZeroCount({V}.ExtractMostSignificantBits({failed}));");
            w.Line(canDiverge
                ? $"throw ((({V}.ExtractMostSignificantBits({_p}singular) >> {_p}lane) & 1) != 0 ? {ImplicitSolverWriter.SingularError(name)}(i + {_p}lane) : {ImplicitSolverWriter.DivergenceError(name)}(i + {_p}lane));"
                : $"throw {ImplicitSolverWriter.SingularError(name)}(i + {_p}lane);");
            w.Close();
        }

        private void Residual(NewtonStep step, string? mask, string into)
        {
            Evaluate(step, step.Body, mask);
            for (var k = 0; k < step.States.Length; k++)
            {
                var derivative = CSharpNames.Local(step.DerivativeLocals[k]);
                var value = step.Algebraic ? derivative : $"{derivative} - ({x.Name(step.States[k])} - {Saved(k)}) / {Local(id, "dt")}";
                w.Line(mask is null ? $"{_p}{into}[{k}] = {value};" : $"{_p}{into}[{k}] = {Select(mask, value, $"{_p}{into}[{k}]")};");
            }
        }

        public void Newton(NewtonStep step)
        {
            var n = step.States.Length;
            var states = step.States.Select(x.Name).ToArray();
            var active = Begin(step, step.States);
            var rebuild = _p + "rebuild";
            w.Line($"var {_p}change = {Constant(1.0)};");
            w.Open($"for (int {_p}count = 1; {_p}count <= {NewtonIterations}; {_p}count++)");
            w.Line($"var {rebuild} = {active} & {V}.GreaterThan({_p}change, {Constant(0.05)});");
            w.Open($"if ({Any(rebuild)})");
            for (var j = 0; j < n; j++)
            {
                var s = states[j];
                var increment = $"{_p}increment{j}";
                w.Line($"var {_p}magnitude{j} = {V}.Abs({Constant(0.02)} * {s});");
                w.Line($"var {increment} = {Select($"{V}.GreaterThan({_p}magnitude{j}, {Constant(1e-6)})", $"{_p}magnitude{j}", Constant(1e-6))};");
                w.Line($"{s} = {Select(rebuild, $"{s} + {increment}", s)};");
                Residual(step, rebuild, "high");
                w.Line($"{s} = {Select(rebuild, $"{s} - {Constant(2.0)} * {increment}", s)};");
                Residual(step, rebuild, "low");
                for (var r = 0; r < n; r++)
                {
                    var entry = $"{_p}jacobian[{r * n + j}]";
                    w.Line($"{entry} = {Select(rebuild, $"({_p}high[{r}] - {_p}low[{r}]) / ({Constant(2.0)} * {increment})", entry)};");
                }
                w.Line($"{s} = {Select(rebuild, $"{s} + {increment}", s)};");
                Residual(step, rebuild, "value");
            }
            for (var r = 0; r < n; r++) w.Line($"{_p}value[{r}] = {Select(rebuild, $"-{_p}value[{r}]", $"{_p}value[{r}]")};");
            w.Close();
            w.Line($"{_p}jacobian.CopyTo({_p}work);");
            w.Line($"{_p}value.CopyTo({_p}delta);");
            Solve(active, "work", "delta", n);
            w.Line($"var {_p}largest = zero;");
            for (var k = 0; k < n; k++)
            {
                w.Line($"var {_p}ratio{k} = {V}.Abs({_p}delta[{k}] / {states[k]});");
                w.Line($"{_p}largest = {Select($"{V}.GreaterThan({V}.Abs({states[k]}), {Constant(1e-8)}) & {V}.GreaterThan({_p}ratio{k}, {_p}largest)", $"{_p}ratio{k}", $"{_p}largest")};");
                w.Line($"{states[k]} = {Select(active, $"{states[k]} + {_p}delta[{k}]", states[k])};");
            }
            w.Line($"{_p}change = {Select(active, $"{_p}largest", $"{_p}change")};");
            Residual(step, active, "value");
            w.Line($"var {_p}deviation = zero;");
            for (var r = 0; r < n; r++)
            {
                w.Line($"{_p}value[{r}] = {Select(active, $"-{_p}value[{r}]", $"{_p}value[{r}]")};");
                w.Line($"{_p}deviation = {Select($"{V}.GreaterThan({V}.Abs({_p}value[{r}]), {_p}deviation)", $"{V}.Abs({_p}value[{r}])", $"{_p}deviation")};");
            }
            w.Line($"{active} = {V}.AndNot({active}, {V}.LessThanOrEqual({_p}change, {Constant(1e-6)}) & {V}.LessThanOrEqual({_p}deviation, {Constant(1e-8)}));");
            w.Line($"if (!({Any(active)})) break;");
            w.Close();
            w.Line($"var {_p}diverged = {active};");
            Report(step.Name, canDiverge: true);
            Evaluate(step, step.Body, null);
        }

        public void Sparse(SparseStep step)
        {
            var n = step.States.Length;
            var states = step.States.Select(x.Name).ToArray();
            var active = Begin(step, step.States);
            w.Open($"for (int {_p}pass = 0; ; {_p}pass++)");
            w.Line($"{_p}matrix.Clear();");
            w.Line($"{_p}b.Clear();");
            Evaluate(step, step.Body, active);
            Solve(active, "matrix", "b", n);
            w.Line($"var {_p}error = zero;");
            for (var k = 0; k < n; k++)
            {
                w.Line($"{states[k]} = {Select(active, $"{states[k]} + {_p}b[{k}]", states[k])};");
                if (!step.Linear) w.Line($"{states[k]} = {Select($"{active} & {V}.LessThan({states[k]}, zero)", "zero", states[k])};");
                w.Line($"{_p}error += {V}.Abs({_p}b[{k}]);");
            }
            // The scalar path gives up after pass 20 even when that pass converged.
            w.Line($"if ({_p}pass > {SparsePasses}) break;");
            w.Line(step.Linear
                ? $"{active} = zero;"
                : $"{active} = {V}.AndNot({active}, {V}.LessThanOrEqual({_p}error, {Constant(1e-6)}));");
            w.Line($"if (!({Any(active)})) break;");
            w.Close();
            w.Line($"var {_p}diverged = {active};");
            Report(step.Name, canDiverge: true);
            // As the scalar path: one more evaluation so that what the block assigns follows the final states.
            w.Line($"{_p}matrix.Clear();");
            w.Line($"{_p}b.Clear();");
            Evaluate(step, step.Body, null);
        }

        public void Direct(SparseStep step)
        {
            ScalarStatements.LineDirective(w, step.Location);
            w.Line($"{_p}matrix.Clear();");
            w.Line($"{_p}b.Clear();");
            Evaluate(step, step.Body, null);
            w.Line($"var {_p}singular = {DenseLuWriter.ClassName}.Solve({_p}matrix, {_p}b, {step.States.Length});");
            Report(step.Name, canDiverge: false);
            for (var k = 0; k < step.States.Length; k++) w.Line($"{x.Name(step.States[k])} = {_p}b[{k}];");
        }
    }
}
