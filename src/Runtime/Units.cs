namespace Nrn;

/// <summary>NEURON's units as multipliers, so a script reads like NEURON's Python
/// (<c>sim.FInitialize(-65 * mV)</c>). The runtime works in ms, mV, um, nA, mA/cm2 and S/cm2,
/// so every constant is 1; they document intent.</summary>
public static class Units
{
    public const double ms = 1;
    public const double mV = 1;
    public const double um = 1;
    public const double nA = 1;
    public const double degC = 1;
}
