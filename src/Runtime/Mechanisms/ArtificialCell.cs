using Nrn.Abi;

namespace Nrn;

/// <summary>An artificial cell (NetStim, IntFire1, ...): a mechanism object with no place on a
/// section, living only in the event queue. Typed wrappers derive from this class.</summary>
public class ArtificialCell : MechanismObject
{
    public ArtificialCell(Simulation simulation, string mechanism)
        : base(simulation, mechanism, MechanismKind.ArtificialCell, "ArtificialCell")
    {
        if (Type.Descriptor.Ions.Count > 0)
            throw new ArgumentException($"ArtificialCell: '{mechanism}' uses ions, which an artificial cell has no membrane for");
        Join();
        // Its INITIAL may send self-events, as NEURON's queue always exists, even with no NetCon yet.
        if (simulation.EventQueue is NoEventQueue) Network.Of(simulation);
    }
}
