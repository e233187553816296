namespace Nrn;

/// <summary>What NetCons listen to (NEURON's PreSyn): a node's voltage watched for upward threshold
/// crossings, or a point process or artificial cell that calls <c>net_event</c>. NetCons from the
/// same place share one source, its threshold and its spike recording.</summary>
internal sealed class SpikeSource
{
    private SpikeSource(int id, Segment? segment, MechanismObject? owner, int? inputGid = null)
    {
        Id = id;
        Segment = segment;
        Owner = owner;
        Gid = inputGid;
        IsInput = inputGid is not null;
    }

    public static SpikeSource AtVoltage(int id, Segment segment) => new(id, segment, null);

    public static SpikeSource OfObject(int id, MechanismObject owner) => new(id, null, owner);

    /// <summary>NEURON's input PreSyn of <c>gid_connect</c> for a gid that has no cell here: it
    /// detects nothing and only sends what a PatternStim fakes for that gid.</summary>
    public static SpikeSource Input(int id, int gid) => new(id, null, null, gid);

    /// <summary>Position in creation order: the order thresholds are checked in, and the id <c>SpikeRecord</c> writes.</summary>
    public int Id { get; }

    /// <summary>The gid given with <c>SetGid</c> (NEURON's <c>pc.cell</c>), or of an input source.</summary>
    public int? Gid { get; set; }

    public bool IsInput { get; }

    /// <summary>The id spike recordings write: the gid when there is one, else the creation number.</summary>
    public int RecordId => Gid ?? Id;

    public Segment? Segment { get; }
    public MechanismObject? Owner { get; }

    /// <summary>The NetCons from this source, in creation order (the order NEURON sends in).</summary>
    public List<NetCon> NetCons { get; } = [];

    /// <summary>mV; NEURON's default 10.</summary>
    public double Threshold { get; set; } = 10;

    /// <summary>Above threshold at the last check.</summary>
    public bool Above { get; set; }

    /// <summary>NEURON's use_min_delay: more than two NetCons, all with the same delay, are queued
    /// as one event that fans out on delivery.</summary>
    public bool SharedDelay { get; set; }

    public double Delay { get; set; }

    /// <summary>Where spike times go (<c>NetCon.Record</c>; the last call wins, as NEURON's).</summary>
    public ISpikeRecorder? Recorder { get; set; }

    /// <summary>The voltage array and index while the model is unchanged.</summary>
    public double[]? VoltageArray { get; set; }
    public int VoltageIndex { get; set; }
}
