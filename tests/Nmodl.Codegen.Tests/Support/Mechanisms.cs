using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests.Support;

/// <summary>Builds mechanism IR by hand, the way the binder will: RANGE fields numbered in order of declaration.</summary>
public sealed class MechanismBuilder(string name, MechanismKind kind = MechanismKind.Density)
{
    private readonly List<RangeVariable> _range = [];
    private readonly List<GlobalVariable> _globals = [];

    public List<IonUse> Ions { get; } = [];
    public List<CurrentInfo> Currents { get; } = [];

    public VarRef Range(string variable, VariableKind k, double value = 0, string units = "")
    {
        _range.Add(new RangeVariable(variable, units, k, value, _range.Count));
        return VarRef.Range(variable, _range.Count - 1);
    }

    public VarRef Global(string variable, VariableKind k, double value = 0, string units = "")
    {
        _globals.Add(new GlobalVariable(variable, units, k, value, _globals.Count));
        return VarRef.Global(variable, _globals.Count - 1);
    }

    public MechanismInfo Info(bool electrode = false, int netReceiveArguments = 0) =>
        new(name, kind, [.. _range], [.. _globals], [.. Ions], [], netReceiveArguments, name + ".mod")
        {
            Currents = [.. Currents],
            IsElectrodeCurrent = electrode,
        };

    public static ImmutableArray<Stmt> Body(params Stmt[] statements) => [.. statements];

    public static Stmt Set(VarRef target, Expr value, int line = 0) =>
        new Assign(target, value) { Location = line > 0 ? new SourceLocation("test.mod", line, 1) : SourceLocation.None };
}
