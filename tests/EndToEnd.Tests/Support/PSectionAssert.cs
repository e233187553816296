using System.Text.Json;
using Nrn;

namespace EndToEnd.Tests.Support;

/// <summary>Our <see cref="SectionInfo"/> against the dictionary NEURON's psection() returned.</summary>
public static class PSectionAssert
{
    public static void SameContent(JsonElement golden, SectionInfo info)
    {
        Assert.Equal(golden.GetProperty("name").GetString(), info.Name);
        Assert.Equal(golden.GetProperty("nseg").GetInt32(), info.Nseg);
        Assert.Equal(golden.GetProperty("Ra").GetDouble(), info.Ra);
        Assert.Equal(Doubles(golden.GetProperty("cm")), info.Cm);
        var morphology = golden.GetProperty("morphology");
        Assert.Equal(morphology.GetProperty("L").GetDouble(), info.Morphology.L);
        Assert.Equal(Doubles(morphology.GetProperty("diam")), info.Morphology.Diam);
        Assert.Equal(morphology.GetProperty("pts3d").GetArrayLength(), info.Morphology.Pts3d.Count);
        SameValues(golden.GetProperty("density_mechs"), info.DensityMechs);
        SameValues(golden.GetProperty("ions"), info.Ions);
        var points = golden.GetProperty("point_processes");
        Assert.Equal(points.EnumerateObject().Select(p => p.Name).Order(), info.PointProcesses.Keys.Order());
        foreach (var p in points.EnumerateObject())
            Assert.Equal(p.Value.EnumerateArray().Select(e => e.GetString()), info.PointProcesses[p.Name]);
    }

    private static void SameValues(JsonElement golden, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<double>>> actual)
    {
        Assert.Equal(golden.EnumerateObject().Select(p => p.Name).Order(), actual.Keys.Order());
        foreach (var mech in golden.EnumerateObject())
        {
            var values = actual[mech.Name];
            Assert.Equal(mech.Value.EnumerateObject().Select(p => p.Name).Order(), values.Keys.Order());
            foreach (var v in mech.Value.EnumerateObject())
                Assert.Equal(Doubles(v.Value), values[v.Name]);
        }
    }

    private static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];
}
