using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Semantics;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Syntax;

namespace Nmodl.Codegen.Lowering;

/// <summary>BREAKPOINT's <c>CONDUCTANCE g [USEION ion]</c> statements, in file order: g must be a
/// variable of the mechanism, and the ion one it uses.</summary>
public static class ConductanceHints
{
    public static ImmutableArray<ConductanceHint> Bind(IEnumerable<BreakpointBlock> breakpoints, MechanismSymbols symbols, List<Diagnostic> diagnostics)
    {
        var hints = ImmutableArray.CreateBuilder<ConductanceHint>();
        foreach (var statement in breakpoints.SelectMany(b => b.Body.DescendantNodes()).OfType<ConductanceStatement>())
        {
            var name = statement.Conductance;
            if (!symbols.TryResolve(name.Text, out var value) || value is not Variable { Ref: var conductance })
            {
                diagnostics.Add(BinderDiagnostics.Error(BinderCode.UndefinedName, name.Span, $"CONDUCTANCE names '{name.Text}', which is not a variable of this mechanism"));
                continue;
            }
            int? binding = null;
            if (statement.Ion is { } ion)
            {
                var index = symbols.Info.Ions.Select(u => u.Ion).ToList().IndexOf(ion.Text);
                if (index < 0)
                {
                    diagnostics.Add(BinderDiagnostics.Error(BinderCode.UnknownIonVariable, ion.Span, $"CONDUCTANCE {name.Text} USEION {ion.Text}: the mechanism has no USEION {ion.Text}"));
                    continue;
                }
                binding = index;
            }
            hints.Add(new ConductanceHint(conductance, binding));
        }
        return hints.ToImmutable();
    }
}
