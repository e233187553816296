using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Semantics;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Syntax;
using Block = Nmodl.Parser.Syntax.Block;

namespace Nmodl.Codegen.Lowering;

/// <summary>The result of binding a .mod file: the IR when there was no error, and every diagnostic.</summary>
public sealed record BindResult(MechanismIr? Mechanism, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Lowers a parsed .mod file to <see cref="MechanismIr"/>: symbols first
/// (<see cref="MechanismSymbols"/>), then each block's body (<see cref="BodyBinder"/>).</summary>
public static class ModLowering
{
    public static BindResult Bind(ModFile file)
    {
        var diagnostics = new List<Diagnostic>();
        var symbols = MechanismSymbols.Build(file, diagnostics);
        var verbatim = Verbatim.ModVerbatim.Create(file, symbols, diagnostics);
        var blocks = file.AllBlocks().ToList();

        var initial = ImmutableArray.CreateBuilder<Stmt>();
        // nocmodl's x = x0: a PARAMETER or ASSIGNED named x0 when the file declares one, else the START value.
        foreach (var state in symbols.Info.Range.Where(r => r.Kind == Nrn.Abi.VariableKind.State))
        {
            Expr start = symbols.TryResolve(state.Name + "0", out var declared) && declared is Variable ? declared : state.Default;
            for (var k = 0; k < state.Length; k++)
                initial.Add(new Assign(VarRef.Range(state.Length == 1 ? state.Name : MechanismSymbols.Element(state.Name, k), state.Field + k), start));
        }
        foreach (var b in blocks.OfType<InitialBlock>()) initial.AddRange(Body(b.Body, BodyKind.Initial, "INITIAL"));

        var breakpoint = blocks.OfType<BreakpointBlock>().SelectMany(b => Body(b.Body, BodyKind.Breakpoint, "BREAKPOINT")).ToImmutableArray();
        var hints = ConductanceHints.Bind(blocks.OfType<BreakpointBlock>(), symbols, diagnostics);

        var solvables = ImmutableArray.CreateBuilder<SolvableBlock>();
        foreach (var d in blocks.OfType<DerivativeBlock>())
            solvables.Add(new SolvableBlock(d.Name.Text, SolvableKind.Derivative, Body(d.Body, BodyKind.Derivative)) { Location = BodyBinder.Location(d.Span) });
        foreach (var k in blocks.OfType<SchemeBlock>())
        {
            if (k.Kind == SchemeKind.Kinetic)
            {
                solvables.Add(new SolvableBlock(k.Name.Text, SolvableKind.Kinetic, Body(k.Body, BodyKind.Kinetic)) { Location = BodyBinder.Location(k.Span) });
                continue;
            }
            var body = Body(k.Body, BodyKind.Algebraic);
            solvables.Add(new SolvableBlock(k.Name.Text, k.Kind == SchemeKind.Linear ? SolvableKind.Linear : SolvableKind.Nonlinear, body)
            {
                Location = BodyBinder.Location(k.Span),
                Unknowns = Unknowns(k, body),
            });
        }

        var functions = ImmutableArray.CreateBuilder<FunctionIr>();
        foreach (var f in blocks.OfType<FunctionBlock>()) functions.Add(Function(f.Name.Text, f.Parameters, f.Body, isFunction: true, f));
        foreach (var p in blocks.OfType<ProcedureBlock>()) functions.Add(Function(p.Name.Text, p.Parameters, p.Body, isFunction: false, p));

        ImmutableArray<Stmt>? netReceive = null;
        ImmutableArray<Stmt>? netReceiveInitial = null;
        var watches = ImmutableArray<Expr>.Empty;
        if (blocks.OfType<NetReceiveBlock>().FirstOrDefault() is { } nr)
        {
            var binder = new BodyBinder(symbols, diagnostics, BodyKind.NetReceive, [.. nr.Parameters.Select(p => p.Name.Text)])
            {
                VerbatimC = verbatim.Scope("NET_RECEIVE", Verbatim.VerbatimHost.Method),
            };
            netReceive = binder.BindBody(nr.Body);
            netReceiveInitial = binder.NetReceiveInitial;
            watches = [.. binder.Watches];
        }

        var beforeAfter = ImmutableArray.CreateBuilder<(Nrn.Abi.BeforeAfterTiming, ImmutableArray<Stmt>)>();
        foreach (var ba in blocks.OfType<BeforeAfterBlock>())
        {
            Nrn.Abi.BeforeAfterTiming? timing = (ba.After, ba.Point) switch
            {
                (false, BeforeAfterPoint.Breakpoint) => Nrn.Abi.BeforeAfterTiming.BeforeBreakpoint,
                (true, BeforeAfterPoint.Solve) => Nrn.Abi.BeforeAfterTiming.AfterSolve,
                (false, BeforeAfterPoint.Initial) => Nrn.Abi.BeforeAfterTiming.BeforeInitial,
                (true, BeforeAfterPoint.Initial) => Nrn.Abi.BeforeAfterTiming.AfterInitial,
                (false, BeforeAfterPoint.Step) => Nrn.Abi.BeforeAfterTiming.BeforeStep,
                _ => null,
            };
            if (timing is { } known) beforeAfter.Add((known, Body(ba.Body, BodyKind.Procedure, $"{Describe(ba).Replace(' ', '_')}{beforeAfter.Count}")));
            else diagnostics.Add(BinderDiagnostics.Error(BinderCode.NotSupported, ba.Span,
                $"{Describe(ba)} is not one of NEURON's BEFORE BREAKPOINT, AFTER SOLVE, BEFORE INITIAL, AFTER INITIAL, BEFORE STEP"));
        }

        var constructor = Lifecycle([.. blocks.OfType<ConstructorBlock>()]);
        var destructor = Lifecycle([.. blocks.OfType<DestructorBlock>()]);

        var solvableNames = solvables.Select(s => s.Name).ToHashSet();
        foreach (var solve in file.DescendantNodes().OfType<SolveStatement>().Where(s => !solvableNames.Contains(s.Block.Text) && s.Method?.Text != "after_cvode"
                     && !(s.Method is null && symbols.Functions.TryGetValue(s.Block.Text, out var p) && p is { IsFunction: false, Arity: 0 })))
            diagnostics.Add(BinderDiagnostics.Error(BinderCode.UnknownSolveBlock, solve.Block.Span, $"SOLVE names '{solve.Block.Text}', which is not a DERIVATIVE or KINETIC block of this file"));

        var mechanism = new MechanismIr(symbols.Info)
        {
            Initial = initial.ToImmutable(),
            Breakpoint = breakpoint,
            ConductanceHints = hints,
            Solvables = solvables.ToImmutable(),
            Functions = functions.ToImmutable(),
            NetReceive = netReceive,
            NetReceiveInitial = netReceiveInitial,
            Watches = watches,
            BeforeAfter = beforeAfter.ToImmutable(),
            Constructor = constructor,
            Destructor = destructor,
            UseTable = symbols.UseTable,
            VerbatimMembers = verbatim.Members(),
        };
        verbatim.CheckScriptOnly(mechanism);
        return new BindResult(diagnostics.Any(d => d.IsError) ? null : mechanism, diagnostics);

        ImmutableArray<Stmt> Body(BlockStatement body, BodyKind kind, string? verbatimName = null) =>
            new BodyBinder(symbols, diagnostics, kind) { VerbatimC = verbatimName is null ? null : verbatim.Scope(verbatimName, Verbatim.VerbatimHost.Kernel) }.BindBody(body);

        // nocmodl runs CONSTRUCTOR in nrn_alloc and DESTRUCTOR when the instance is freed, once per instance.
        ImmutableArray<Stmt>? Lifecycle(IReadOnlyList<CodeBlock> all)
        {
            if (all.Count == 0) return null;
            var block = all[0];
            foreach (var extra in all.Skip(1))
                diagnostics.Add(BinderDiagnostics.Error(BinderCode.DuplicateDeclaration, extra.Span, $"a second {Describe(extra)} block (a mechanism has at most one)"));
            if (symbols.Info.Kind == Nrn.Abi.MechanismKind.Density)
            {
                diagnostics.Add(BinderDiagnostics.Error(BinderCode.NotSupported, block.Span,
                    $"{Describe(block)} in a density mechanism (SUFFIX {symbols.Info.Name}) is not supported: NEURON runs it whenever a segment's instance is allocated; only POINT_PROCESS and ARTIFICIAL_CELL are"));
                return null;
            }
            return new BodyBinder(symbols, diagnostics, BodyKind.Procedure) { VerbatimC = verbatim.Scope(Describe(block), Verbatim.VerbatimHost.Method) }.BindBody(block.Body);
        }

        // SOLVEFOR names the unknowns; without it they are the STATEs the equations mention, in order.
        ImmutableArray<VarRef> Unknowns(SchemeBlock block, ImmutableArray<Stmt> body)
        {
            if (block.SolveFor.Length > 0)
            {
                var named = ImmutableArray.CreateBuilder<VarRef>();
                foreach (var id in block.SolveFor)
                {
                    if (symbols.TryResolve(id.Text, out var value) && value is Variable v) named.Add(v.Ref);
                    else diagnostics.Add(BinderDiagnostics.Error(BinderCode.UndefinedName, id.Span, $"SOLVEFOR names '{id.Text}', which is not a variable of this mechanism"));
                }
                return named.ToImmutable();
            }
            var states = new List<VarRef>();
            foreach (var q in Passes.ExprRewriter.Walk(body).OfType<Equation>())
                foreach (var r in Backends.Prologue.Variables(q.Left).Concat(Backends.Prologue.Variables(q.Right)))
                    if (symbols.IsState(r.Name) && !states.Contains(r)) states.Add(r);
            return [.. states];
        }

        FunctionIr Function(string name, ImmutableArray<FunctionParameter> parameters, BlockStatement body, bool isFunction, Block at)
        {
            var names = parameters.Select(p => p.Name.Text).ToImmutableArray();
            var binder = new BodyBinder(symbols, diagnostics, isFunction ? BodyKind.Function : BodyKind.Procedure, names, isFunction ? name : null)
            {
                VerbatimC = verbatim.Scope(name, isFunction ? Verbatim.VerbatimHost.Function : Verbatim.VerbatimHost.Procedure),
            };
            return new FunctionIr(name, names, binder.BindBody(body), isFunction) { Location = BodyBinder.Location(at.Span), Table = binder.Table };
        }
    }

    private static string Describe(Block b) => b switch
    {
        BeforeAfterBlock ba => $"{(ba.After ? "AFTER" : "BEFORE")} {ba.Point.ToString().ToUpperInvariant()}",
        ConstructorBlock => "CONSTRUCTOR",
        DestructorBlock => "DESTRUCTOR",
        _ => b.GetType().Name,
    };
}
