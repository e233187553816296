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
        Ions = ions;
        Sections = sections;
        Objects = objects;
        Events = events;
        _plan = new StepPlan(mechanisms, ions);
        _hasEvents = events is not NoEventQueue;
        CableMatrix.CheckLengths(state.D, state.Rhs, state.V, cm, a, b, parent, layout.PlainCellStart);
        foreach (var group in layout.Groups) InterleavedMatrix.Check(state.D.Length, state.Rhs, state.V, cm, a, b, group);
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

    private readonly StepPlan _plan;

    /// <summary>False with the default queue, whose hooks do nothing: the step then skips them.</summary>
    private readonly bool _hasEvents;

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
        var state = State;
        var dt = state.Dt;
        if (_hasEvents) Events.BeforeStep(state);
        RandomPlays?.Play();
        state.T += 0.5 * dt;
        if (_hasEvents) Events.PlayContinuous(state);
        SetupMatrix();
        foreach (var group in Layout.Groups) InterleavedMatrix.SolveAndUpdatePrechecked(state.D, state.Rhs, state.V, A, B, group);
        CableMatrix.SolveAndUpdatePrechecked(state.D, state.Rhs, state.V, A, B, Parent, Layout.PlainCellStart);
        state.T += 0.5 * dt;
        if (_hasEvents) Events.PlayContinuous(state);
        foreach (var call in _plan.States) call.Run(call.Block, state);
        RunBeforeAfter(BeforeAfterTiming.AfterSolve);
        RunBeforeAfter(BeforeAfterTiming.BeforeStep);
    }

    /// <summary>After a step's or finitialize's recording: the events due by t.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AfterRecord()
    {
        if (_hasEvents) Events.AfterRecord(State);
    }

    /// <summary>Right-hand side and diagonal (NEURON's setup_tree_matrix): cleared, BEFORE
    /// BREAKPOINT, membrane currents and conductances, then capacitance and axial terms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetupMatrix()
    {
        var state = State;
        SmallArrays.Clear(state.Rhs, state.D);
        RunBeforeAfter(BeforeAfterTiming.BeforeBreakpoint);
        foreach (var ion in _plan.Ions) PrepareIonForCurrents(ion);
        foreach (var call in _plan.Currents) call.Run(call.Block, state);
        var cfac = .001 * (1.0 / state.Dt);
        foreach (var group in Layout.Groups) InterleavedMatrix.AddCapacitanceAndAxialPrechecked(state.D, state.Rhs, state.V, Cm, A, B, group, cfac);
        CableMatrix.AddCapacitanceAndAxialPrechecked(state.D, state.Rhs, state.V, Cm, A, B, Parent, Layout.PlainCellStart, cfac);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RunBeforeAfter(BeforeAfterTiming timing)
    {
        var runs = _plan.BeforeAfter[(int)timing];
        for (var k = 0; k < runs.Length; k++) runs[k].Kernels.BeforeAfter(runs[k].Block, State, timing);
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrepareIonForCurrents(IonStore ion)
    {
        SmallArrays.Clear(ion.Fields[(int)IonField.Current], ion.Fields[(int)IonField.DCurrentDv]);
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
