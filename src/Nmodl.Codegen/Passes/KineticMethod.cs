using System.Collections.Immutable;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary>Turns a KINETIC block into NEURON's sparse implicit Euler step. For state s_k with
/// compartment volume V_k the Newton system is
/// <c>(V_k/dt) ds_k - sum_j dR_k/ds_j ds_j = F_k(s) - V_k (s_k - s_k,old)/dt</c>,
/// where R_k sums the reaction fluxes (kf*prod(reactants^nu) - kb*prod(products^nu)) and F_k adds
/// the <c>~ s &lt;&lt; (flux)</c> terms, which nocmodl treats explicitly (no Jacobian entry). A
/// CONSERVE statement replaces the equation of its last state not yet replaced. First-order
/// reactions with state-free rates make the system linear (one solve per step).</summary>
public static class KineticMethod
{
    public static ImmutableArray<Stmt> Lower(SolvableBlock block, bool steadyState)
    {
        var states = KineticStates(block.Body);
        var index = states.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var volume = new Expr?[states.Length];
        var conserveRows = AssignConserveRows();
        var conservedRows = conserveRows.Values.ToHashSet();
        var linear = true;
        var body = ImmutableArray.CreateBuilder<Stmt>();
        var fFlux = VarRef.Local("f_flux");
        var bFlux = VarRef.Local("b_flux");
        body.Add(new LocalDecl([fFlux.Name, bFlux.Name]));

        var reactionStatements = ImmutableArray.CreateBuilder<Stmt>();
        foreach (var s in block.Body)
        {
            switch (s)
            {
                case Compartment c:
                    foreach (var st in c.States) volume[Row(st)] = c.Volume;
                    break;
                case Reaction r:
                    reactionStatements.AddRange(LowerReaction(r));
                    break;
                case FluxIn f:
                    // nocmodl treats a flux explicitly: it enters the right-hand side only and
                    // leaves the scheme linear.
                    if (conservedRows.Contains(Row(f.State))) break;
                    reactionStatements.Add(new Assign(fFlux, 0.0) { Location = f.Location });
                    reactionStatements.Add(new Assign(bFlux, f.Flux) { Location = f.Location });
                    reactionStatements.Add(new RhsAdd(Row(f.State), bFlux) { Location = f.Location });
                    break;
                case Conserve c:
                    reactionStatements.AddRange(LowerConserve(c));
                    break;
                default:
                    reactionStatements.Add(s);
                    break;
            }
        }

        for (var k = 0; k < states.Length; k++)
        {
            if (conservedRows.Contains(k)) continue;
            // nocmodl's order: -(1/dt)*(s - s_old), then times the compartment volume.
            Expr overDt = new Binary(BinaryOp.Divide, 1.0, VarRef.Dt);
            var saved = new VarRef(states[k].Name, Storage.Saved, k);
            var change = -(overDt * ((Expr)states[k] - saved));
            body.Add(new RhsAdd(k, volume[k] is { } v ? change * v : change));
            body.Add(new MatrixAdd(k, k, volume[k] is { } w ? overDt * w : overDt));
        }
        body.AddRange(reactionStatements);
        return [new SparseStep(block.Name, states, body.ToImmutable(), linear, steadyState) { Location = block.Location }];

        // Every state mentioned by the scheme is in the index (KineticStates collects them all).
        int Row(VarRef state) => index[state];

        IEnumerable<Stmt> LowerReaction(Reaction r)
        {
            var forward = Product(r.Forward, r.Left);
            var backward = r.Backward is null ? 0.0 : Product(r.Backward, r.Right);
            if (ExprRewriter.Mentions(r.Forward, index.ContainsKey) || (r.Backward is { } kb && ExprRewriter.Mentions(kb, index.ContainsKey))
                || r.Left.Sum(x => x.Coefficient) > 1 || r.Right.Sum(x => x.Coefficient) > 1)
                linear = false;
            yield return new Assign(fFlux, forward) { Location = r.Location };
            yield return new Assign(bFlux, backward) { Location = r.Location };
            Expr net = (Expr)fFlux - bFlux;
            var change = new Dictionary<int, int>();
            foreach (var x in r.Left) change[Row(x.State)] = change.GetValueOrDefault(Row(x.State)) - x.Coefficient;
            foreach (var x in r.Right) change[Row(x.State)] = change.GetValueOrDefault(Row(x.State)) + x.Coefficient;
            foreach (var (row, nu) in change)
            {
                if (nu == 0 || conservedRows.Contains(row)) continue;
                yield return new RhsAdd(row, Simplifier.Simplify(nu * net)) { Location = r.Location };
                foreach (var (st, j) in index)
                {
                    var d = SymDiff.Differentiate(forward - backward, st);
                    if (!Simplifier.IsZero(d)) yield return new MatrixAdd(row, j, Simplifier.Simplify(-(nu * d))) { Location = r.Location };
                }
            }
        }

        Dictionary<Conserve, int> AssignConserveRows()
        {
            var rows = new Dictionary<Conserve, int>(ReferenceEqualityComparer.Instance);
            foreach (var c in block.Body.OfType<Conserve>())
            {
                var row = -1;
                for (var t = c.Terms.Length - 1; t >= 0 && row < 0; t--)
                    if (!rows.ContainsValue(Row(c.Terms[t].State))) row = Row(c.Terms[t].State);
                if (row < 0) throw new CodegenException(c.Location, $"CONSERVE in KINETIC block '{block.Name}' has no state whose equation is still free to replace");
                rows[c] = row;
            }
            return rows;
        }

        IEnumerable<Stmt> LowerConserve(Conserve c)
        {
            var row = conserveRows[c];
            yield return new RhsAdd(row, c.Total) { Location = c.Location };
            // nocmodl subtracts the terms last to first; the order decides the rounding.
            foreach (var (state, weight) in c.Terms.Reverse())
            {
                yield return new MatrixAdd(row, Row(state), weight) { Location = c.Location };
                yield return new RhsAdd(row, -(weight * state)) { Location = c.Location };
            }
        }
    }

    private static Expr Product(Expr rate, ImmutableArray<Reactant> side)
    {
        var e = rate;
        // nocmodl multiplies the reactants last to first (kf*B*A for A + B); the order decides the rounding.
        foreach (var r in side.Reverse())
            for (var n = 0; n < r.Coefficient; n++) e = e * r.State;
        return e;
    }

    /// <summary>States in order of first appearance in reactions, fluxes and CONSERVE statements.</summary>
    public static ImmutableArray<VarRef> KineticStates(ImmutableArray<Stmt> body)
    {
        var seen = new List<VarRef>();
        foreach (var s in body)
        {
            IEnumerable<VarRef> mentioned = s switch
            {
                Reaction r => r.Left.Concat(r.Right).Select(x => x.State),
                FluxIn f => [f.State],
                Conserve c => c.Terms.Select(t => t.State),
                Compartment c => c.States,
                _ => [],
            };
            foreach (var v in mentioned) if (!seen.Contains(v)) seen.Add(v);
        }
        return [.. seen];
    }
}
