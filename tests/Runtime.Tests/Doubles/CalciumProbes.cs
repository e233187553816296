using Nrn.Abi;

namespace Nrn.Runtime.Tests.Doubles;

/// <summary>Minimal mechanisms that only touch the ca ion, to test how the runtime maintains ions:
/// <c>careader</c> reads cai and cao (as NEURON's cachan); <c>cawriter</c> writes cai and doubles
/// it at each state update.</summary>
internal sealed class CalciumProbe(bool writes) : IMechanismKernels
{
    public static readonly MechanismDescriptor Reader = Describe("careader", false);
    public static readonly MechanismDescriptor Writer = Describe("cawriter", true);

    private static MechanismDescriptor Describe(string name, bool writes) => new(
        name, MechanismKind.Density,
        [new RangeVariable("dummy", "", VariableKind.Parameter, 0, 0)], [],
        [new IonUse("ca", [IonField.Inside, IonField.Outside, IonField.Erev], writes ? [IonField.Inside] : [], null)],
        [], 0, false, name + " (test double)", () => new CalciumProbe(writes));

    public void Initialize(MechanismBlock block, CellGroupState state) { }

    public void ComputeCurrent(MechanismBlock block, CellGroupState state) { }

    public void AdvanceState(MechanismBlock block, CellGroupState state)
    {
        if (!writes) return;
        var ca = block.Ions[0];
        for (var k = 0; k < block.Count; k++) ca.Fields[(int)IonField.Inside][ca.Index[k]] *= 2;
    }

    public void NetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments, double flag) =>
        throw new NotSupportedException("no NET_RECEIVE");

    public void InitializeNetReceive(MechanismBlock block, CellGroupState state, int instance, Span<double> arguments) =>
        throw new NotSupportedException("no NET_RECEIVE");
}
