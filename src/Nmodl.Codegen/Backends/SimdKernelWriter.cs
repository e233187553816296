using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Backends;

/// <summary>The SIMD backend: a kernel whose lowered body is straight-line code with ifs becomes
/// a loop over chunks of 4 (Vector256) or 8 (Vector512) instances in vector registers.
/// RANGE fields are loaded and stored as vectors; v, area, diam and ion values, and node and ion
/// accumulations, go through the node and ion indices: as vectors where a chunk's indices are
/// contiguous, else lane by lane (several point processes may share a node; see ChunkIndexing).
/// An <c>if</c> becomes masks: every assignment under it is a <c>ConditionalSelect</c>, which is
/// safe because evaluating a double expression on a lane that will not use it cannot fail.
/// GLOBALs a kernel writes (e.g. hh's minf from its rates PROCEDURE) become per-lane values when
/// every instance writes them before reading them; the last lane's value is stored back, as
/// sequential execution would leave it. WHILE and FROM loops run on masks
/// or, with uniform bounds, on a scalar counter (<see cref="VectorLoops"/>); implicit steps at the
/// top level of a kernel iterate on all lanes with per-lane convergence masks
/// (<see cref="VectorImplicitSteps"/>). Anything else (calls that were not inlined, run-time array
/// indices, VERBATIM, events) keeps the scalar loop.</summary>
public static class SimdKernelWriter
{
    private static readonly string[] LaneFunctions1 =
        ["exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh"];

    private static readonly string[] LaneFunctions2 = ["pow", "atan2", "fmod", "fmin", "fmax"];

    public static string LoopMethodName(string kernel, VectorShape shape) => kernel + shape.Name;

    public static bool CanVectorize(ImmutableArray<Stmt> body) => body.Length > 0 && Analyze(VectorImplicitSteps.Prepare(body).Body) is not null;

    /// <summary>The GLOBALs to keep per lane, or null when the body cannot be vectorized.</summary>
    private static HashSet<int>? Analyze(ImmutableArray<Stmt> body)
    {
        var seen = new HashSet<int>();
        var promoted = new HashSet<int>();
        return Visit(body, conditional: false) ? promoted : null;

        bool Visit(ImmutableArray<Stmt> statements, bool conditional)
        {
            foreach (var s in statements)
            {
                switch (s)
                {
                    case LocalDecl:
                        break;
                    case Assign a:
                        if (!Readable(a.Value) || !Written(a.Target, conditional)) return false;
                        break;
                    case TableLookup l:
                        if (!Readable(l.Argument) || !l.Columns.All(c => Written(c.Target, conditional))) return false;
                        break;
                    case Accumulate a:
                        if (!Readable(a.Value) || !Writable(a.Target) || a.Target.Storage == Storage.Global) return false;
                        break;
                    case If i:
                        if (!Readable(i.Condition) || !Visit(i.Then, true) || !Visit(i.Else, true)) return false;
                        break;
                    case Block b:
                        if (!Visit(b.Body, conditional)) return false;
                        break;
                    case While l:
                        if (!Readable(l.Condition) || !Visit(l.Body, true)) return false;
                        break;
                    case For l:
                        if (!Readable(l.From) || !Readable(l.To) || !Readable(l.Step) || !Written(l.Counter, true) || !Visit(l.Body, true)) return false;
                        break;
                    case NewtonStep or SparseStep when !conditional && VectorImplicitSteps.Supports(s):
                        if (!Visit(ImplicitBody(s), conditional: false)) return false;
                        break;
                    case MatrixAdd m:
                        if (!Readable(m.Value)) return false;
                        break;
                    case RhsAdd r:
                        if (!Readable(r.Value)) return false;
                        break;
                    default:
                        return false;
                }
            }
            return true;
        }

        bool Readable(Expr e)
        {
            if (ExprRewriter.HasOpaqueCall(e) || ExprRewriter.IndexesAtRunTime(e)) return false;
            var ok = true;
            ExprRewriter.Mentions(e, r =>
            {
                if (r.Storage == Storage.Global) seen.Add(r.Index);
                ok &= r.Storage is Storage.Range or Storage.Global or Storage.Ion or Storage.Voltage or Storage.Local
                    or Storage.Time or Storage.Dt or Storage.Celsius or Storage.Area or Storage.Diam;
                return false;
            });
            return ok;
        }

        // A GLOBAL can be kept per lane when every instance writes it before reading it.
        bool Written(VarRef target, bool conditional)
        {
            if (!Writable(target)) return false;
            if (target.Storage != Storage.Global) return true;
            if (!seen.Contains(target.Index) && !conditional) promoted.Add(target.Index);
            seen.Add(target.Index);
            return promoted.Contains(target.Index);
        }

        static bool Writable(VarRef r) => r.Storage is Storage.Range or Storage.Global or Storage.Ion or Storage.Voltage
            or Storage.Local or Storage.NodeRhs or Storage.NodeD;
    }

    public static void WriteLoop(CodeWriter w, string method, ImmutableArray<Stmt> body, ImmutableArray<(string Local, Expr Value)> invariants, BackendOptions options, VectorShape shape)
    {
        var steps = VectorImplicitSteps.Prepare(body);
        body = steps.Body;
        var promoted = Analyze(body) ?? throw new InvalidOperationException("internal error: kernel is not vectorizable");
        var refs = Prologue.References(body).ToList();
        var read = ExprRewriter.Walk(body).SelectMany(ExprRewriter.ExpressionsOf).SelectMany(Prologue.Variables).ToHashSet();
        var conditionallyWritten = ConditionalTargets(body, false).ToHashSet();
        var ranges = refs.Where(r => r.Storage == Storage.Range).DistinctBy(r => r.Index).OrderBy(r => r.Index).ToList();
        bool MustLoad(VarRef r) => read.Contains(r) || conditionallyWritten.Contains(r);
        var writtenRanges = ExprRewriter.Walk(body).SelectMany(ExprRewriter.TargetsOf).Concat(ExprRewriter.Walk(body).SelectMany(ImplicitStates))
            .Where(r => r.Storage == Storage.Range).Select(r => r.Index).ToHashSet();
        var ions = refs.Where(r => r.Storage == Storage.Ion).Select(r => (r.Index, r.IonField)).Distinct().Order().ToList();
        var writtenIons = ExprRewriter.Walk(body).Where(s => s is not Accumulate).SelectMany(ExprRewriter.TargetsOf)
            .Where(r => r.Storage == Storage.Ion).Select(r => (r.Index, r.IonField)).ToHashSet();
        var readGlobals = refs.Where(r => r.Storage == Storage.Global && !promoted.Contains(r.Index)).Select(r => r.Index).Distinct().Order().ToList();
        var locals = ExprRewriter.Walk(body).OfType<LocalDecl>().SelectMany(d => d.Names).Distinct().ToList();
        var x = new VectorExpressions(shape, options.VectorMath, promoted);
        var indexing = new ChunkIndexing(shape);
        var ionIndices = ions.Select(r => r.Index).Distinct().ToList();
        var V = shape.Name;
        var Width = shape.Width;

        w.Line("[MethodImpl(MethodImplOptions.AggressiveOptimization)]");
        w.Open($"private int {method}(MechanismBlock block, CellGroupState state)");
        Prologue.Write(w, body, extra: invariants.Select(x => x.Value));
        var scalar = new ScalarExpressions();
        foreach (var (local, value) in invariants) w.Line($"var {CSharpNames.Local(local)} = {V}.Create({scalar.Value(value)});");
        w.Line($"var zero = {V}<double>.Zero;");
        w.Line($"var vt = {V}.Create(t);");
        w.Line($"var vdt = {V}.Create(dt);");
        w.Line($"var vcelsius = {V}.Create(celsius);");
        foreach (var g in readGlobals) w.Line($"var g{g} = {V}.Create(globals[{g}]);");
        indexing.DeclareClasses(w, ionIndices);
        steps.WriteScratch(w, shape);
        w.Line("int i = 0;");
        w.Open($"for (; i + {Width} <= block.Count; i += {Width})");
        indexing.DeclareChunk(w, ionIndices);
        w.Line($"var v = {indexing.Load(ChunkIndexing.Node("voltage"))};");
        if (read.Contains(VarRef.Area)) w.Line($"var varea = {indexing.Load(ChunkIndexing.Node("area"))};");
        if (read.Contains(VarRef.Diam)) w.Line($"var vdiam = {indexing.Load(ChunkIndexing.Node("diam"))};");
        foreach (var r in ranges)
            w.Line(MustLoad(r) ? $"var r{r.Index} = {V}.LoadUnsafe(ref {CSharpNames.FieldArray(r)}[i]);" : $"var r{r.Index} = zero;");
        foreach (var (ion, field) in ions)
        {
            var local = VectorExpressions.IonLocal(ion, field);
            var loaded = refs.Any(r => r.Storage == Storage.Ion && r.Index == ion && r.IonField == field && MustLoad(r));
            if (loaded) w.Line($"var {local} = {indexing.Load(ChunkIndexing.Ion(ion, field))};");
            else if (writtenIons.Contains((ion, field))) w.Line($"var {local} = zero;");
        }
        foreach (var g in promoted) w.Line($"var pg{g} = {V}.Create(globals[{g}]);");
        foreach (var l in locals) w.Line($"{V}<double> {CSharpNames.Local(l)} = zero;");
        var writtenGlobals = ExprRewriter.Walk(body).SelectMany(ExprRewriter.TargetsOf).Where(r => r.Storage == Storage.Global).Select(r => r.Index).ToHashSet();
        new Statements(w, x, shape, indexing, steps, new VectorLoops(w, x, shape, writtenGlobals)).Write(body, null);
        ScalarStatements.LineDirective(w, SourceLocation.None);
        foreach (var r in ranges.Where(r => writtenRanges.Contains(r.Index)))
            w.Line($"r{r.Index}.StoreUnsafe(ref {CSharpNames.FieldArray(r)}[i]);");
        foreach (var (ion, field) in ions.Where(writtenIons.Contains))
            indexing.Store(w, ChunkIndexing.Ion(ion, field), VectorExpressions.IonLocal(ion, field));
        foreach (var g in promoted) w.Line($"globals[{g}] = pg{g}.GetElement({Width - 1});");
        w.Directive("#line default");
        w.Close();
        w.Line("return i;");
        w.Close();
        w.Line();
    }

    private static ImmutableArray<Stmt> ImplicitBody(Stmt step) => step switch
    {
        NewtonStep n => n.Body,
        SparseStep s => s.Body,
        _ => [],
    };

    private static IEnumerable<VarRef> ImplicitStates(Stmt step) => step switch
    {
        NewtonStep n => n.States,
        SparseStep s => s.States,
        _ => [],
    };

    /// <summary>Variables assigned inside an if or by an implicit step (whose iterations stop per lane):
    /// their old value is kept on inactive lanes, so it must be loaded.</summary>
    private static IEnumerable<VarRef> ConditionalTargets(IEnumerable<Stmt> body, bool conditional)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case Assign or TableLookup when conditional:
                    foreach (var r in ExprRewriter.TargetsOf(s)) yield return r;
                    break;
                case If i:
                    foreach (var r in ConditionalTargets(i.Then.Concat(i.Else), true)) yield return r;
                    break;
                case Block b:
                    foreach (var r in ConditionalTargets(b.Body, conditional)) yield return r;
                    break;
                case While l:
                    foreach (var r in ConditionalTargets(l.Body, true)) yield return r;
                    break;
                case For l:
                    foreach (var r in ConditionalTargets(l.Body, true).Append(l.Counter)) yield return r;
                    break;
                case NewtonStep or SparseStep:
                    foreach (var r in ImplicitStates(s).Concat(ExprRewriter.Walk(ImplicitBody(s)).SelectMany(ExprRewriter.TargetsOf))) yield return r;
                    break;
            }
        }
    }

    /// <summary>Per-lane versions of the math functions, calling System.Math on each lane.</summary>
    public static void WriteLaneHelpers(CodeWriter w, VectorShape shape)
    {
        var V = shape.Name;
        var Width = shape.Width;
        foreach (var f in LaneFunctions1)
        {
            var call = MathFunctions.CSharp(f, ["a.GetElement(0)"]).Replace("a.GetElement(0)", "{0}");
            var lanes = string.Join(", ", Enumerable.Range(0, Width).Select(k => string.Format(call, $"a.GetElement({k})")));
            w.Line($"private static {V}<double> Lanes_{f}({V}<double> a) => {V}.Create({lanes});");
        }
        foreach (var f in LaneFunctions2)
        {
            var call = MathFunctions.CSharp(f, ["{0}", "{1}"]);
            var lanes = string.Join(", ", Enumerable.Range(0, Width).Select(k => string.Format(call, $"a.GetElement({k})", $"b.GetElement({k})")));
            w.Line($"private static {V}<double> Lanes_{f}({V}<double> a, {V}<double> b) => {V}.Create({lanes});");
        }
        VectorLoops.WriteLaneHelpers(w, shape);
        w.Line();
    }

    private sealed class Statements(CodeWriter w, VectorExpressions x, VectorShape shape, ChunkIndexing indexing, VectorImplicitSteps steps, VectorLoops loops)
    {
        private int _masks;

        public void Write(ImmutableArray<Stmt> body, string? mask)
        {
            foreach (var s in body)
            {
                if (s is not (Block or LocalDecl)) ScalarStatements.LineDirective(w, s.Location);
                switch (s)
                {
                    case LocalDecl:
                        break;
                    case Assign a:
                        Assign(a.Target, x.Value(a.Value), mask);
                        break;
                    case Accumulate a:
                        Accumulate(a, mask);
                        break;
                    case TableLookup l:
                        Lookup(l, mask);
                        break;
                    case Block b:
                        Write(b.Body, mask);
                        break;
                    case If i:
                    {
                        var condition = $"m{_masks++}";
                        w.Line($"var {condition} = {x.Mask(i.Condition)};");
                        var then = mask is null ? condition : $"({mask} & {condition})";
                        Write(i.Then, then);
                        if (i.Else.Length > 0)
                        {
                            var otherwise = mask is null ? $"{shape.Name}.OnesComplement({condition})" : $"{shape.Name}.AndNot({mask}, {condition})";
                            Write(i.Else, otherwise);
                        }
                        break;
                    }
                    case While l:
                        loops.While(l, mask, Write);
                        break;
                    case For l:
                        loops.For(l, mask, Write);
                        break;
                    case NewtonStep or SparseStep:
                        steps.Write(w, x, shape, s, Write);
                        break;
                    case MatrixAdd or RhsAdd:
                        steps.WriteAdd(w, x, shape, s, mask);
                        break;
                    default:
                        throw new InvalidOperationException($"internal error: {s.GetType().Name} at {s.Location} in a vectorized kernel");
                }
            }
        }

        private void Assign(VarRef target, string value, string? mask)
        {
            var name = x.Name(target);
            w.Line(mask is null ? $"{name} = {value};" : $"{name} = {shape.Name}.ConditionalSelect({mask}, {value}, {name});");
        }

        /// <summary>The table lookup of FunctionWriter for all lanes: the same index, fraction and
        /// interpolation arithmetic, the ends and NaN chosen by masks, the table rows gathered per lane.</summary>
        private void Lookup(TableLookup l, string? mask)
        {
            var V = shape.Name;
            var id = _masks++;
            var n = CSharpNames.Literal(l.Intervals);
            w.Line($"var xi{id} = {V}.Create({CSharpNames.TableScale(l.Function)}) * ({x.Value(l.Argument)} - {V}.Create({CSharpNames.TableMin(l.Function)}));");
            w.Line($"var inside{id} = {V}.GreaterThan(xi{id}, zero) & {V}.LessThan(xi{id}, {V}.Create({n}));");
            w.Line($"var clamped{id} = {V}.ConditionalSelect(inside{id}, xi{id}, zero);");
            w.Line($"var k{id} = {V}.ConvertToInt64(clamped{id});");
            w.Line($"var theta{id} = clamped{id} - {V}.ConvertToDouble(k{id});");
            w.Line($"var below{id} = {V}.LessThanOrEqual(xi{id}, zero);");
            w.Line($"var above{id} = {V}.GreaterThanOrEqual(xi{id}, {V}.Create({n}));");
            w.Line(string.Join(" ", Enumerable.Range(0, shape.Width).Select(k => $"int k{id}_{k} = (int)k{id}.GetElement({k});")));
            foreach (var (column, target) in l.Columns)
            {
                var table = CSharpNames.Table(l.Function, column);
                var low = $"{V}.Create({string.Join(", ", Enumerable.Range(0, shape.Width).Select(k => $"{table}[k{id}_{k}]"))})";
                var high = $"{V}.Create({string.Join(", ", Enumerable.Range(0, shape.Width).Select(k => $"{table}[k{id}_{k} + 1]"))})";
                w.Line($"var low{id}_{CSharpNames.Sanitize(column)} = {low};");
                var lowName = $"low{id}_{CSharpNames.Sanitize(column)}";
                var between = $"{lowName} + theta{id} * ({high} - {lowName})";
                var ends = $"{V}.ConditionalSelect(below{id}, {V}.Create({table}[0]), {V}.ConditionalSelect(above{id}, {V}.Create({table}[{l.Intervals}]), xi{id}))";
                Assign(target, $"{V}.ConditionalSelect(inside{id}, {between}, {ends})", mask);
            }
        }

        private void Accumulate(Accumulate a, string? mask)
        {
            var value = x.Value(a.Value);
            if (mask is not null) value = $"{shape.Name}.ConditionalSelect({mask}, {value}, zero)";
            if (a.Target.Storage is Storage.Range or Storage.Local or Storage.Voltage)
            {
                var target = x.Name(a.Target);
                w.Line($"{target} = {target} + {value};");
                return;
            }
            var temp = $"acc{_masks++}";
            w.Line($"var {temp} = {value};");
            var indexed = a.Target.Storage switch
            {
                Storage.NodeRhs => ChunkIndexing.Node("rhs"),
                Storage.NodeD => ChunkIndexing.Node("d"),
                Storage.Ion => ChunkIndexing.Ion(a.Target.Index, a.Target.IonField),
                _ => throw new InvalidOperationException($"internal error: cannot accumulate into {a.Target.Storage} in a vectorized kernel"),
            };
            indexing.Add(w, indexed, temp);
        }
    }
}
