namespace WholeSimulation;

/// <summary>One timed run, with the fields bench_neuron.py reports so the two sides line up.</summary>
public sealed record RunResult(
    string Side, string Scenario, string Config, int Cells, int Compartments, int Steps,
    double WallSeconds, double CpuSeconds, double LoadBefore, double LoadAfter,
    int ProbeSpikes, double ProbeVFinal, bool CheckOk)
{
    public double CompartmentStepsPerSecond => (double)Compartments * Steps / WallSeconds;

    public double CompartmentStepsPerCpuSecond => (double)Compartments * Steps / CpuSeconds;

    public double MicrosecondsPerStep => WallSeconds / Steps * 1e6;

    public override string ToString() =>
        $"{Side,-6} {Scenario,-5} {Config,-15} cells={Cells,-5} compartments={Compartments,-7} steps={Steps,-6} " +
        $"wall={WallSeconds:F3} s  {CompartmentStepsPerSecond / 1e6:F2} M compartment-steps/s ({CompartmentStepsPerCpuSecond / 1e6:F2} per CPU-s)  " +
        $"{MicrosecondsPerStep:F3} us/step  cpu={CpuSeconds:F3} s  load={LoadBefore:F1}->{LoadAfter:F1}  " +
        $"spikes(probe)={ProbeSpikes} v_final={ProbeVFinal:R}  check={(CheckOk ? "ok" : "MISMATCH")}";
}
