using EndToEnd.Tests.Support;

namespace EndToEnd.Tests;

/// <summary>The typed accessors of POINTERs, FUNCTIONs and PROCEDUREs, and of references for
/// recording: a point process's POINTER set to a segment's v, its FUNCTION and PROCEDURE called
/// by name-free methods, its output recorded through <c>RefOut()</c>, and a density mechanism's
/// POINTER set to the point process's parameter through <c>RefGain()</c>; the values are what the
/// .mod code computes from them by hand.</summary>
public sealed class NrnivmodlCallAccessorTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-call-accessors-");

    public void Dispose() => _dir.Dispose();

    private const string Probe = """
        NEURON { POINT_PROCESS Probe POINTER src RANGE gain, out }
        PARAMETER { gain = 2 }
        ASSIGNED { src out }
        BREAKPOINT { out = gain * src }
        FUNCTION scaled(x) { scaled = gain * x }
        PROCEDURE setgain(g) { gain = g }
        """;

    private const string Follow = """
        NEURON { SUFFIX follow POINTER src RANGE copy }
        ASSIGNED { src copy }
        BREAKPOINT { copy = src }
        """;

    private const string Program = """
        using Nrn;
        using Nrn.Mechanisms;

        public static class Program
        {
            public static double[] Main(string library)
            {
                var sim = new Simulation(new MechanismRegistry());
                sim.LoadMechanisms(library);
                var soma = sim.Section("soma");
                soma.Insert(Follow.MechanismName);
                var probe = new Probe(soma[0.5]);
                probe.PointSrcAt(soma[0.5].Ref("v"));
                probe.Setgain(3);
                var scaled = probe.Scaled(2);
                soma[0.5].Follow().PointSrcAt(probe.RefGain());
                var recorded = new Vector().Record(probe.RefOut());
                var copies = new Vector().Record(soma[0.5].Follow().RefCopy());
                sim.FInitialize(-65);
                sim.ContinueRun(1);
                return [scaled, probe.Gain, recorded[recorded.Count - 1], copies[copies.Count - 1], recorded.Count];
            }
        }
        """;

    [Fact]
    public void Pointers_calls_and_references_work_through_typed_accessors()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "probe.mod"), Probe);
        File.WriteAllText(Path.Combine(_dir.Path, "follow.mod"), Follow);
        var build = NrnivmodlRun.Run(_dir.Path);
        Assert.True(build.Exit == 0, build.Out + build.Err);
        var library = Path.Combine(_dir.Path, "x86_64", "nrnmech.dll");

        var values = NrnivmodlUserProject.Run<double[]>(NrnivmodlUserProject.Compile(Program, library), library);

        // scaled(2) after setgain(3) is 6; gain is 3; with no current v stays -65, so out = 3 * -65;
        // follow copies the probe's gain; 1 ms at dt 0.025 gives 41 samples.
        Assert.Equal([6, 3, -195, 3, 41], values);
    }
}
