namespace Nrn.Runtime.Tests;

/// <summary>The hooks recording builds on: references resolved once per compiled model, and
/// recorders sampled after finitialize and every step.</summary>
public sealed class RecordingHookTests
{
    /// <summary>Records into preallocated storage, re-resolving only when the model was rebuilt.</summary>
    private sealed class ArrayRecorder(DataReference reference, int capacity) : IRecorder
    {
        private int _version = -1;
        private double[] _array = [];
        private int _index;
        public readonly double[] Values = new double[capacity];
        public readonly double[] Times = new double[capacity];
        public int Count;

        public void Record(Simulation simulation)
        {
            if (_version != simulation.ModelVersion)
            {
                (_array, _index) = reference.Resolve();
                _version = simulation.ModelVersion;
            }
            Times[Count] = simulation.T;
            Values[Count++] = _array[_index];
        }
    }

    [Fact]
    public void RecordersSeeEveryStepAndReferencesFollowRebuilds()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 0.2;
        clamp["dur"] = 0.5;
        clamp["amp"] = 30;
        var v = new ArrayRecorder(soma[0.5].Ref("v"), 1000);
        var m = new ArrayRecorder(soma[0.5].Ref("m_hh"), 1000);
        var ina = new ArrayRecorder(soma[0.5].Ref("ina"), 1000);
        var i = new ArrayRecorder(clamp.Ref("i"), 1000);
        foreach (var r in new[] { v, m, ina, i }) sim.AddRecorder(r);
        var expected = new List<(double V, double M, double Ina, double I)>();
        sim.FInitialize(-65);
        expected.Add((soma[0.5].V, soma[0.5]["m_hh"], soma[0.5]["ina"], clamp["i"]));
        for (var k = 0; k < 40; k++)
        {
            sim.FAdvance();
            expected.Add((soma[0.5].V, soma[0.5]["m_hh"], soma[0.5]["ina"], clamp["i"]));
        }
        sim.Section("dend").Connect(soma);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.ContinueRun(2);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200_000, "only the rebuild allocates");
        Assert.Equal(81, v.Count);
        Assert.Equal(soma[0.5].V, v.Values[80]);
        Assert.Equal(soma[0.5]["m_hh"], m.Values[80]);
        Assert.Equal(2, v.Times[80], 9);
        for (var k = 0; k < expected.Count; k++)
            Assert.Equal(expected[k], (v.Values[k], m.Values[k], ina.Values[k], i.Values[k]));
        Assert.Contains(30.0, i.Values);
        Assert.Equal("soma(0.5).m_hh", soma[0.5].Ref("m_hh").ToString());
        Assert.Contains("'m_pas'", Assert.Throws<ArgumentException>(() => soma[0.5].Ref("m_pas")).Message);
    }

    [Fact]
    public void SteppingWithRecordersAllocatesNothing()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var recorder = new ArrayRecorder(soma[0.5].Ref("v"), 500);
        sim.AddRecorder(recorder);
        sim.FInitialize(-65);
        sim.ContinueRun(1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sim.ContinueRun(5);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(201, recorder.Count);
    }
}
