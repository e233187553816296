using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>CONSTRUCTOR and DESTRUCTOR blocks: NEURON runs the constructor when a point process or
/// artificial cell is created (nocmodl's nrn_alloc, after the PARAMETER defaults) and the destructor
/// when the object is freed; compared with NEURON 8.2.2 (gaps_golden.json "lifecycle").</summary>
public sealed class ConstructorTests
{
    private static readonly System.Text.Json.JsonElement Golden = GapsGolden.Root.GetProperty("lifecycle");

    private static double Want(string group, string name) => Golden.GetProperty(group).GetProperty(name).GetDouble();

    [Fact]
    public void Point_process_constructor_and_destructor_run_when_NEURON_runs_them()
    {
        var sim = new Nrn.Simulation();
        var type = sim.Register(GapsGolden.Compile("cgctor", BackendOptions.Scalar));
        var section = sim.Section("ctor");
        var first = sim.PointProcess("cgctor", section[0.5]);
        Assert.Equal(Want("after_first", "b"), first["b"]);
        Assert.Equal(Want("after_first", "serial"), first["serial"]);
        Assert.Equal(Want("after_first", "made"), type["made"]);
        Assert.Equal(Want("after_first", "alive"), type["alive"]);
        first["a"] = 5;
        var second = sim.PointProcess("cgctor", section[0.5]);
        Assert.Equal(Want("after_second", "b"), second["b"]);
        Assert.Equal(Want("after_second", "serial"), second["serial"]);
        Assert.Equal(Want("after_second", "made"), type["made"]);
        Assert.Equal(Want("after_second", "alive"), type["alive"]);
        Assert.Equal(Want("after_second", "first_b"), first["b"]);
        sim.FInitialize(-65);
        Assert.Equal(Want("after_init", "first_b"), first["b"]);
        Assert.Equal(Want("after_init", "second_b"), second["b"]);
        sim.Remove(first);
        Assert.Equal(Want("after_removal", "made"), type["made"]);
        Assert.Equal(Want("after_removal", "alive"), type["alive"]);
        Assert.Equal(Want("after_removal", "second_b"), second["b"]);
    }

    [Fact]
    public void Artificial_cell_constructor_numbers_instances_and_destructor_runs_on_removal()
    {
        var sim = new Nrn.Simulation();
        var type = sim.Register(GapsGolden.Compile("cgactor", BackendOptions.Scalar));
        var cells = Enumerable.Range(0, 3).Select(_ => sim.ArtificialCell("cgactor")).ToList();
        Assert.Equal(Golden.GetProperty("ids").EnumerateArray().Select(e => e.GetDouble()), cells.Select(c => c["id"]));
        Assert.Equal(Golden.GetProperty("live").GetDouble(), type["live"]);
        sim.Remove(cells[1]);
        cells.RemoveAt(1);
        Assert.Equal(Want("after_cell_removal", "next"), type["next"]);
        Assert.Equal(Want("after_cell_removal", "live"), type["live"]);
        // NEURON's run delivers one event from a NetStim (start 1, NetCon delay 1); the value received does not depend on the time.
        var netCon = new Nrn.NetCon((Nrn.MechanismObject?)null, cells[1]);
        netCon.Weight[0] = 0.5;
        sim.FInitialize(-65);
        netCon.Event(2);
        while (sim.T < 3 - sim.Dt / 2) sim.FAdvance();
        Assert.Equal(Golden.GetProperty("got").EnumerateArray().Select(e => e.GetDouble()), cells.Select(c => c["got"]));
    }

    [Fact]
    public void A_density_mechanism_CONSTRUCTOR_is_a_located_error()
    {
        var result = ModFrontEnd.LowerText("NEURON { SUFFIX dens RANGE b }\nASSIGNED { b }\nCONSTRUCTOR {\n    b = 5\n}\n", "dens.mod");
        Assert.Null(result.Mechanism);
        Assert.Equal(
        [
            "dens.mod:3:1: error NMODL0204: CONSTRUCTOR in a density mechanism (SUFFIX dens) is not supported: NEURON runs it whenever a segment's instance is allocated; only POINT_PROCESS and ARTIFICIAL_CELL are",
        ], result.Diagnostics.Select(d => d.ToString()));
    }
}
