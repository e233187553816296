using System.Text.Json;

namespace Nrn.Runtime.Tests.Vectors;

/// <summary>What NEURON 8.2.2 and Python printed and recorded for the Vector tests
/// (oracle/make_vector_golden.py).</summary>
internal static class VectorGolden
{
    public static readonly JsonElement Root = TestSupport.ReadJson(
        Path.Combine(TestSupport.RepoRoot, "tests", "Runtime.Tests", "Vectors", "golden", "vector_golden.json"));
}
