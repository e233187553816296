using Nrn.Abi;

namespace Nmodl.Codegen.Ir;

/// <summary>A resolved variable: its NMODL name (for messages and generated names), its storage
/// class and the index within that storage (field, global slot, ion binding, argument or pointer
/// number). <see cref="IonField"/> is meaningful only for <see cref="Storage.Ion"/>.</summary>
public sealed record VarRef(string Name, Storage Storage, int Index = 0, IonField IonField = IonField.Erev)
{
    public static readonly VarRef V = new("v", Storage.Voltage);
    public static readonly VarRef T = new("t", Storage.Time);
    public static readonly VarRef Dt = new("dt", Storage.Dt);
    public static readonly VarRef Celsius = new("celsius", Storage.Celsius);
    public static readonly VarRef Area = new("area", Storage.Area);
    public static readonly VarRef Diam = new("diam", Storage.Diam);
    public static readonly VarRef Flag = new("flag", Storage.Flag);
    public static readonly VarRef Rhs = new("rhs", Storage.NodeRhs);
    public static readonly VarRef D = new("d", Storage.NodeD);

    public static VarRef Local(string name) => new(name, Storage.Local);
    public static VarRef Range(string name, int field) => new(name, Storage.Range, field);
    public static VarRef Global(string name, int index) => new(name, Storage.Global, index);
    public static VarRef Argument(string name, int position) => new(name, Storage.Argument, position);
    public static VarRef Ion(string name, int binding, IonField field) => new(name, Storage.Ion, binding, field);
    public static VarRef Pointer(string name, int index) => new(name, Storage.Pointer, index);

    public override string ToString() => Name;
}
