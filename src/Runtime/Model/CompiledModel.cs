using System.Runtime.CompilerServices;
using Nrn.Abi;

namespace Nrn;

/// <summary>A simulation's state in structure-of-arrays form: nodes numbered per cell, parents
/// before children; per-node matrix coefficients; one block per mechanism type; one store per ion.
/// Built from the sections when a run starts; written back when the structure changes.</summary>
internal sealed class CompiledModel
{
    public CompiledModel(CellGroupState state, int[] parent, double[] a, double[] b, double[] cm, NodeLayout layout,
        MechanismRun[] mechanisms, IonStore[] ions, Section[] sections, MechanismObject[] objects, IEventQueue events)
    {
        State = state;
        Parent = parent;
        A = a;
        B = b;
        Cm = cm;
        Layout = layout;
        Mechanisms = mechanisms;
        _beforeAfter = BeforeAfterRuns(mechanisms);
        Ions = ions;
        Sections = sections;
        Objects = objects;
        Events = events;
    }

    public CellGroupState State { get; }

    /// <summary>Parent node of each node; -1 for a cell's root.</summary>
    public int[] Parent { get; }

    /// <summary>Coefficient of each node's voltage in its parent's equation (NEURON's NODEA).</summary>
    public double[] A { get; }

    /// <summary>Coefficient of the parent's voltage in each node's equation (NEURON's NODEB).</summary>
    public double[] B { get; }

    /// <summary>Specific capacitance (uF/cm2) of each node; 0 for nodes without membrane.</summary>
    public double[] Cm { get; }

    /// <summary>Where each cell's nodes lie: interleaved groups, then plain cells.</summary>
    public NodeLayout Layout { get; }

    public MechanismRun[] Mechanisms { get; }

    /// <summary>Per <see cref="BeforeAfterTiming"/>, the mechanisms that may have blocks at that timing, in type order.</summary>
    private readonly MechanismRun[][] _beforeAfter;

    public IonStore[] Ions { get; }
    public Section[] Sections { get; }
    public MechanismObject[] Objects { get; }
    public IEventQueue Events { get; }

    /// <summary>The simulation's Random.play targets, drawn at finitialize and at each step.</summary>
    public RandomPlays? RandomPlays { get; set; }

    /// <summary>NEURON's finitialize up to its recording: t = 0, events cleared, every node at
    /// <paramref name="v"/> (left as it is when null), BEFORE INITIAL, ions, INITIAL blocks, NetCon
    /// INITIALs, AFTER INITIAL, events of t = 0, then the currents once so assigned variables hold
    /// their values at t = 0, and BEFORE STEP (recording follows).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Initialize(double? v)
    {
        State.T = 0;
        Events.Clear();
        RandomPlays?.Play();
        if (v is { } start) Array.Fill(State.V, start);
        RunBeforeAfter(BeforeAfterTiming.BeforeInitial);
        foreach (var ion in Ions) InitializeIon(ion);
        foreach (var m in Mechanisms) m.Kernels.Initialize(m.Block, State);
        Events.AfterInitialize(State);
        RunBeforeAfter(BeforeAfterTiming.AfterInitial);
        Events.DeliverInitialEvents(State);
        SetupMatrix();
        RunBeforeAfter(BeforeAfterTiming.BeforeStep);
    }

    /// <summary>One fixed step in NEURON's order (fadvance with secondorder = 0), up to its recording.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step()
    {
        var dt = State.Dt;
        Events.BeforeStep(State);
        RandomPlays?.Play();
        State.T += 0.5 * dt;
        Events.PlayContinuous(State);
        SetupMatrix();
        foreach (var group in Layout.Groups) InterleavedMatrix.SolveAndUpdate(State.D, State.Rhs, State.V, A, B, group);
        CableMatrix.SolveAndUpdate(State.D, State.Rhs, State.V, A, B, Parent, Layout.PlainCellStart);
        State.T += 0.5 * dt;
        Events.PlayContinuous(State);
        foreach (var m in Mechanisms) m.Kernels.AdvanceState(m.Block, State);
        RunBeforeAfter(BeforeAfterTiming.AfterSolve);
        RunBeforeAfter(BeforeAfterTiming.BeforeStep);
    }

    /// <summary>Right-hand side and diagonal (NEURON's setup_tree_matrix): cleared, BEFORE
    /// BREAKPOINT, membrane currents and conductances, then capacitance and axial terms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetupMatrix()
    {
        Array.Clear(State.Rhs);
        Array.Clear(State.D);
        RunBeforeAfter(BeforeAfterTiming.BeforeBreakpoint);
        foreach (var ion in Ions) PrepareIonForCurrents(ion);
        foreach (var m in Mechanisms) m.Kernels.ComputeCurrent(m.Block, State);
        var cfac = .001 * (1.0 / State.Dt);
        foreach (var group in Layout.Groups) InterleavedMatrix.AddCapacitanceAndAxial(State.D, State.Rhs, State.V, Cm, A, B, group, cfac);
        CableMatrix.AddCapacitanceAndAxial(State.D, State.Rhs, State.V, Cm, A, B, Parent, Layout.PlainCellStart, cfac);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RunBeforeAfter(BeforeAfterTiming timing)
    {
        foreach (var m in _beforeAfter[(int)timing]) m.Kernels.BeforeAfter(m.Block, State, timing);
    }

    private static MechanismRun[][] BeforeAfterRuns(MechanismRun[] mechanisms)
    {
        var timings = Enum.GetValues<BeforeAfterTiming>();
        var runs = new MechanismRun[timings.Length][];
        foreach (var timing in timings)
            runs[(int)timing] = [.. mechanisms.Where(m => m.Block.Descriptor.BeforeAfterTimings?.Contains(timing) ?? true)];
        return runs;
    }

    private void InitializeIon(IonStore ion)
    {
        var f = ion.Fields;
        if (ion.WritesConcentration)
        {
            Array.Fill(f[(int)IonField.Inside], ion.Species.InsideDefault, 0, ion.Count);
            Array.Fill(f[(int)IonField.Outside], ion.Species.OutsideDefault, 0, ion.Count);
        }
        if (ion.ErevAtInit) ComputeErev(ion);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PrepareIonForCurrents(IonStore ion)
    {
        Array.Clear(ion.Fields[(int)IonField.Current]);
        Array.Clear(ion.Fields[(int)IonField.DCurrentDv]);
        if (ion.ErevEachStep) ComputeErev(ion);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ComputeErev(IonStore ion)
    {
        var erev = ion.Fields[(int)IonField.Erev];
        var ci = ion.Fields[(int)IonField.Inside];
        var co = ion.Fields[(int)IonField.Outside];
        for (var i = 0; i < ion.Count; i++)
            erev[i] = IonSpecies.Nernst(ci[i], co[i], ion.Species.Charge, State.Celsius);
    }
}
