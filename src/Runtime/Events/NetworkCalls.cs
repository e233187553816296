using Nrn.Abi;

namespace Nrn;

/// <summary>The simulator entries that mod files reach from VERBATIM C (pattern.mod's
/// <c>nrn_fake_fire</c>), given the cell group they run in.</summary>
public static class NetworkCalls
{
    /// <summary>NEURON's <c>nrn_fake_fire(gid, spiketime, fake_out)</c>: the spike of
    /// <paramref name="gid"/> at <paramref name="time"/> goes to the gid's GidConnect inputs.
    /// <paramref name="fakeOutput"/> is taken and, as NEURON 8.2.2 measured, changes nothing
    /// (see <see cref="Network.FakeFire"/>).</summary>
    public static void FakeFire(CellGroupState state, int gid, double time, int fakeOutput)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Events is not Network network)
            throw new InvalidOperationException($"nrn_fake_fire({gid}, {time}): the simulation has no event network (make the PatternStim with Simulation.ArtificialCell)");
        network.FakeFire(gid, time);
    }
}
