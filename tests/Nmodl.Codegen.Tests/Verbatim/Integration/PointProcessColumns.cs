using System.Text.Json;
using Nrn;

namespace Nmodl.Codegen.Tests.Verbatim.Integration;

/// <summary>The golden columns "name[k]" of the oracle scripts (RANGE variable name of point process k after
/// finitialize and after each step) and the same run here.</summary>
internal static class PointProcessColumns
{
    public static Dictionary<string, double[]> Expected(JsonDocument golden) =>
        golden.RootElement.GetProperty("columns").EnumerateObject()
            .ToDictionary(c => c.Name, c => c.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray());

    /// <summary>finitialize(-65), then <paramref name="steps"/> steps of 0.025 ms: every column must equal NEURON's bit for bit.</summary>
    public static void AssertSameAtEveryStep(Simulation sim, IReadOnlyList<PointProcess> pps, Dictionary<string, double[]> expected, int steps)
    {
        var columns = expected.Keys.ToDictionary(k => k, _ => new List<double>());
        sim.Dt = 0.025;
        sim.FInitialize(-65);
        Sample();
        for (var step = 0; step < steps; step++)
        {
            sim.FAdvance();
            Sample();
        }
        foreach (var (name, values) in expected)
            Assert.Equal(values, columns[name]);

        void Sample()
        {
            foreach (var name in expected.Keys)
                columns[name].Add(Of(pps, name)[name[..name.IndexOf('[')]]);
        }
    }

    /// <summary>The point process a column or value name "name[k]" belongs to.</summary>
    public static PointProcess Of(IReadOnlyList<PointProcess> pps, string name) => pps[name[^2] - '0'];
}
