namespace Nrn.Runtime.Tests;

public sealed class AllocationTests
{
    [Fact]
    public void FixedStepsAllocateNothing()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var dend = sim.Section("dend");
        dend.Connect(soma);
        dend.Nseg = 11;
        dend.Insert("pas");
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 1;
        clamp["dur"] = 1;
        clamp["amp"] = 1;
        sim.FInitialize(-65);
        sim.ContinueRun(1);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++) sim.FAdvance();
        sim.ContinueRun(20);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"{allocated} bytes allocated by 200 fadvance and a continuerun");
        Assert.True(sim.T >= 20 - sim.Dt / 2);
    }
}
