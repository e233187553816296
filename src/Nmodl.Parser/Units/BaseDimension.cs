namespace Nmodl.Parser.Units;

/// <summary>
/// The primitive dimensions of NEURON's units table, in its order. The amount of substance is
/// not among them: NEURON treats a mole as the pure number 6.02214076e23.
/// </summary>
public enum BaseDimension
{
    Meter,
    Kilogram,
    Second,
    Coulomb,
    Candela,
    Dollar,
    Bit,
    Erlang,
    Kelvin,
}
