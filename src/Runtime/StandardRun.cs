using System.Runtime.CompilerServices;
using Nrn.Abi;

namespace Nrn;

public sealed partial class Simulation
{
    /// <summary>Time in ms.</summary>
    public double T
    {
        get => CompiledModel?.State.T ?? _t;
        set
        {
            if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, $"t must be finite, got {value}");
            _t = value;
            if (CompiledModel is { } m) m.State.T = value;
        }
    }

    /// <summary>Fixed time step in ms (default 0.025).</summary>
    public double Dt
    {
        get => CompiledModel?.State.Dt ?? _dt;
        set
        {
            if (!(value > 0) || double.IsInfinity(value))
                throw new ArgumentOutOfRangeException(nameof(value), value, $"dt must be positive and finite, got {value}");
            _dt = value;
            if (CompiledModel is { } m) m.State.Dt = value;
        }
    }

    /// <summary>Temperature in degrees Celsius (default 6.3).</summary>
    public double Celsius
    {
        get => CompiledModel?.State.Celsius ?? _celsius;
        set
        {
            if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, $"celsius must be finite, got {value}");
            _celsius = value;
            if (CompiledModel is { } m) m.State.Celsius = value;
        }
    }

    /// <summary>Initial potential used by <see cref="Run"/> (stdrun's <c>v_init</c>, mV).</summary>
    public double VInit { get; set; } = -65;

    /// <summary>Stop time of <see cref="Run"/> (ms).</summary>
    public double Tstop { get; set; } = 5;

    /// <summary>Whether cells of the same shape are interleaved so that the cable matrix is solved for
    /// several cells per vector instruction (default true). Results are the same either way, to the
    /// bit; the plain layout exists to show that, and for measurements.</summary>
    public bool InterleaveCells
    {
        get => _interleaveCells;
        set
        {
            if (value == _interleaveCells) return;
            StructureChanging();
            _interleaveCells = value;
        }
    }

    /// <summary>The event queue the fixed step delivers from; none by default.</summary>
    public IEventQueue EventQueue
    {
        get => _events;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            StructureChanging();
            _events = value;
        }
    }

    /// <summary>Adds a recorder, sampled after finitialize and after each fixed step.</summary>
    public void AddRecorder(IRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        _recorders.Add(recorder);
    }

    public bool RemoveRecorder(IRecorder recorder) => _recorders.Remove(recorder);

    /// <summary>The compiled cell group's per-node state (compiling the model if needed); valid
    /// while <see cref="ModelVersion"/> is unchanged.</summary>
    public CellGroupState CellGroup => EnsureModel().State;

    /// <summary>The compiled mechanism blocks with their kernels, in the order they run (compiling
    /// the model if needed); valid while <see cref="ModelVersion"/> is unchanged.</summary>
    public IReadOnlyList<MechanismRun> Mechanisms => EnsureModel().Mechanisms;

    /// <summary>NEURON's <c>finitialize(v)</c>: every node starts at <paramref name="v"/>.</summary>
    public void FInitialize(double v)
    {
        if (!double.IsFinite(v)) throw new ArgumentOutOfRangeException(nameof(v), v, $"finitialize: v must be finite, got {v}");
        Initialize(v);
    }

    /// <summary>NEURON's <c>finitialize()</c> without an argument: initializes with the voltages as they are.</summary>
    public void FInitialize() => Initialize(null);

    private void Initialize(double? v)
    {
        var model = EnsureModel();
        model.Initialize(v);
        for (var i = 0; i < _recorders.Count; i++) _recorders[i].Start(this);
        Record();
        model.AfterRecord();
    }

    /// <summary>One fixed step of <see cref="Dt"/> (NEURON's <c>fadvance()</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FAdvance()
    {
        var model = EnsureModel();
        model.Step();
        Record();
        model.AfterRecord();
    }

    /// <summary>Steps while t &lt; tstop - dt/2 (stdrun's <c>continuerun</c>). Compiled fully
    /// optimized at once: a run is one call, so the JIT would otherwise start it unoptimized.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ContinueRun(double tstop)
    {
        if (!double.IsFinite(tstop)) throw new ArgumentOutOfRangeException(nameof(tstop), tstop, $"continuerun: tstop must be finite, got {tstop}");
        while (true)
        {
            var model = CompiledModel ?? EnsureModel();
            if (!(model.State.T < tstop - model.State.Dt / 2)) return;
            model.Step();
            Record();
            model.AfterRecord();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Record()
    {
        for (var i = 0; i < _recorders.Count; i++) _recorders[i].Record(this);
    }

    /// <summary>stdrun's <c>run()</c>: finitialize at <see cref="VInit"/>, then continue to <see cref="Tstop"/>.</summary>
    public void Run()
    {
        FInitialize(VInit);
        ContinueRun(Tstop);
    }
}
