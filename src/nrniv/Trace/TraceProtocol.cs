using System.Text.Json.Nodes;
using Nrn;
using Nrn.Abi;

namespace Nrniv.Trace;

/// <summary>
/// The NEURON trace script's protocols for one mechanism, chosen by its kind:
/// a density mechanism or a point process without NET_RECEIVE gets a passive soma and two
/// current steps (<c>iclamp_1.csv</c>, <c>iclamp_2.csv</c>); a point process with NET_RECEIVE is
/// driven by a NetStim (<c>netstim.csv</c>); an artificial cell is driven by a NetStim and its
/// output spikes are recorded (<c>netstim.csv</c>, <c>spikes.csv</c>). POINTERs are wired to the
/// voltage of a presynaptic HH soma.
/// </summary>
public static class TraceProtocol
{
    private const double PassiveG = 1e-4;

    /// <summary>Runs the protocol and writes its files and meta.json into <paramref name="folder"/>;
    /// returns a one-line summary.</summary>
    public static string Run(TraceOptions options, string folder)
    {
        Validate(options);
        var library = options.Library is { } given ? MechanismLoader.LibraryFile(given) : null;
        var sim = MechanismLoader.Load(library, out var defined);
        if (!sim.Registry.TryGet(options.Mechanism, out var type))
            throw new TraceException($"--mech {options.Mechanism}: no such mechanism in {library ?? "NEURON's built-ins"} (has: {string.Join(", ", defined)})");
        sim.Celsius = options.Celsius;
        sim.Dt = options.Dt;
        sim.Tstop = options.Tstop;
        sim.VInit = TraceOptions.VInit;

        var descriptor = type.Descriptor;
        var kind = descriptor.Kind switch
        {
            MechanismKind.Density => "density",
            MechanismKind.PointProcess => "point",
            _ => "artificial",
        };
        var meta = TraceMeta.Start(options, type, library, kind);
        var pointers = options.NoPointers ? [] : descriptor.Pointers;
        if (options.NoPointers) meta["pointers_left_unset"] = true;
        Segment? pre = null;
        if (pointers.Count > 0)
        {
            pre = MakePre(sim);
            meta["pointer_protocol"] = "every POINTER -> pre(0.5).v; pre = HH soma (L=diam=20) with IClamp 1 nA x 1 ms at 5,15,25,35,45 ms";
        }
        var protocol = descriptor.Kind == MechanismKind.ArtificialCell
            ? ArtificialCell(sim, options, type, pointers, pre, meta, folder)
            : OnSoma(sim, options, type, pointers, pre, meta, folder);
        TraceMeta.Write(meta, folder);
        return $"OK {descriptor.Name} {kind} {protocol} {string.Join(",", meta["files"]!.AsArray().Select(f => (string?)f))}";
    }

    private static void Validate(TraceOptions o)
    {
        if (!(o.Dt > 0) || !double.IsFinite(o.Dt)) throw Invalid($"--dt {o.Dt}: must be a positive number of ms");
        if (!(o.Tstop > 0) || !double.IsFinite(o.Tstop)) throw Invalid($"--tstop {o.Tstop}: must be a positive number of ms");
        if (!(o.RecordDt >= 0) || !double.IsFinite(o.RecordDt)) throw Invalid($"--record-dt {o.RecordDt}: must be 0 (every step) or a positive number of ms");
        if (!double.IsFinite(o.Celsius)) throw Invalid($"--celsius {o.Celsius}: must be finite");
        if (o.Weight is { } w && !double.IsFinite(w)) throw Invalid($"--weight {w}: must be finite");
        if (o.Amps is { } amps && (amps.Count != 2 || amps.Any(a => !double.IsFinite(a))))
            throw Invalid($"--amps {string.Join(",", amps.Select(a => FormattableString.Invariant($"{a}")))}: give two finite amplitudes in nA, e.g. --amps 0.1,0.4");
    }

    private static TraceException Invalid(FormattableString message) => new(FormattableString.Invariant(message));

    private static string ArtificialCell(Simulation sim, TraceOptions options, MechanismType type, IReadOnlyList<string> pointers,
        Segment? pre, JsonObject meta, string folder)
    {
        var cell = sim.ArtificialCell(type.Name);
        if (pre is not null)
        {
            foreach (var p in pointers) cell.SetPointer(p, pre.Ref("v"));
            meta["pointers_set"] = TraceMeta.Strings(pointers);
        }
        var stim = NetStim(sim);
        var weight = options.Weight ?? 1.0;
        if (type.Descriptor.HasNetReceive) Connect(sim, stim, cell, weight);
        var spikes = new List<double>();
        sim.NetCon(cell, null).Record(spikes);
        var recording = TraceRecording.Run(sim, TraceColumns.OfObject(cell, !options.NoAssigned), options);
        recording.Write(Path.Combine(folder, "netstim.csv"));
        File.WriteAllText(Path.Combine(folder, "spikes.csv"),
            "spike_t\n" + string.Concat(spikes.Select(s => TraceRecording.Format(s) + "\n")));
        meta["protocol"] = "artificial_netstim";
        meta["weight"] = weight;
        meta["n_spikes"] = spikes.Count;
        meta["rows"] = recording.Rows;
        meta["nonfinite"] = TraceMeta.Strings(recording.NonFinite);
        meta["files"] = TraceMeta.Strings(["netstim.csv", "spikes.csv"]);
        return "artificial_netstim";
    }

    private static string OnSoma(Simulation sim, TraceOptions options, MechanismType type, IReadOnlyList<string> pointers,
        Segment? pre, JsonObject meta, string folder)
    {
        var soma = MakeSoma(sim);
        var seg = soma[0.5];
        var descriptor = type.Descriptor;
        PointProcess? pp = null;
        if (descriptor.Kind == MechanismKind.Density) soma.Insert(type.Name);
        else pp = sim.PointProcess(type.Name, seg);
        if (pre is not null)
        {
            foreach (var p in pointers)
            {
                if (pp is not null) pp.SetPointer(p, pre.Ref("v"));
                else seg.Mech(type.Name).SetPointer(p, pre.Ref("v"));
            }
            meta["pointers_set"] = TraceMeta.Strings(pointers);
        }
        var withAssigned = !options.NoAssigned;
        List<TraceColumn> columns =
        [
            new("v", seg.Ref("v")),
            .. pp is not null ? TraceColumns.OfObject(pp, withAssigned) : TraceColumns.OfDensity(seg, descriptor, withAssigned),
            .. TraceColumns.OfIons(seg),
        ];
        meta["ions"] = TraceMeta.Strings(TraceColumns.Ions(seg));
        if (pp is not null && descriptor.HasNetReceive)
        {
            var weight = options.Weight ?? 0.01;
            Connect(sim, NetStim(sim), pp, weight);
            var recording = TraceRecording.Run(sim, columns, options);
            recording.Write(Path.Combine(folder, "netstim.csv"));
            meta["protocol"] = "netstim_to_pp";
            meta["weight"] = weight;
            meta["rows"] = recording.Rows;
            meta["nonfinite"] = TraceMeta.Strings(recording.NonFinite);
            meta["files"] = TraceMeta.Strings(["netstim.csv"]);
            return "netstim_to_pp";
        }
        return CurrentSteps(sim, options, seg, columns, meta, folder);
    }

    private static string CurrentSteps(Simulation sim, TraceOptions options, Segment seg, List<TraceColumn> columns, JsonObject meta, string folder)
    {
        sim.FInitialize(TraceOptions.VInit);
        var rinPassive = 1.0 / (PassiveG * seg.Area * 1e-8) * 1e-6;
        var rin = InputResistance.Compute(sim, seg);
        if (!double.IsFinite(rin) || rin <= 0)
        {
            meta["rin_error"] = $"linearized input resistance {rin} MOhm; the passive value is used";
            rin = rinPassive;
        }
        var clamped = Math.Clamp(rin, 1.0, 5000.0);
        var clamp = sim.PointProcess("IClamp", seg);
        clamp["del"] = 5;
        clamp["dur"] = 50;
        double[] amps = options.Amps is { } given ? [.. given] : [10.0 / clamped, 40.0 / clamped];
        meta["protocol"] = "iclamp_steps";
        meta["rin_MOhm"] = rin;
        meta["rin_passive_MOhm"] = rinPassive;
        meta["amps_from"] = options.Amps is null ? "input resistance: amp * Rin = 10 mV and 40 mV (Rin clamped to [1, 5000] MOhm)" : "--amps";
        meta["iclamp"] = new JsonObject { ["delay"] = 5, ["dur"] = 50 };
        var ampsNode = new JsonArray();
        var rows = new JsonArray();
        var nonfinite = new JsonArray();
        var files = new JsonArray();
        List<TraceColumn> withClamp = [.. columns, new("ic_i", clamp.Ref("i"))];
        for (var k = 0; k < amps.Length; k++)
        {
            clamp["amp"] = amps[k];
            var file = $"iclamp_{k + 1}.csv";
            var recording = TraceRecording.Run(sim, withClamp, options);
            recording.Write(Path.Combine(folder, file));
            ampsNode.Add(amps[k]);
            rows.Add(recording.Rows);
            nonfinite.Add(TraceMeta.Strings(recording.NonFinite));
            files.Add(file);
        }
        meta["amps_nA"] = ampsNode;
        meta["rows"] = rows;
        meta["nonfinite"] = nonfinite;
        meta["files"] = files;
        return "iclamp_steps";
    }

    private static Section MakeSoma(Simulation sim)
    {
        var soma = sim.Section("soma");
        soma.L = 20;
        soma.Diam = 20;
        soma.Nseg = 1;
        soma.Cm = 1;
        soma.Ra = 100;
        soma.Insert("pas");
        var pas = soma[0.5].Mech("pas");
        pas["g"] = PassiveG;
        pas["e"] = -65;
        return soma;
    }

    /// <summary>The presynaptic HH soma POINTERs follow: five 1 nA x 1 ms pulses at 5, 15, ..., 45 ms.</summary>
    private static Segment MakePre(Simulation sim)
    {
        var pre = sim.Section("pre");
        pre.L = 20;
        pre.Diam = 20;
        pre.Nseg = 1;
        pre.Insert("hh");
        for (var k = 0; k < 5; k++)
        {
            var pulse = sim.PointProcess("IClamp", pre[0.5]);
            pulse["del"] = 5 + 10 * k;
            pulse["dur"] = 1;
            pulse["amp"] = 1.0;
        }
        return pre[0.5];
    }

    private static ArtificialCell NetStim(Simulation sim)
    {
        var stim = sim.ArtificialCell("NetStim");
        stim["start"] = 5;
        stim["interval"] = 10;
        stim["number"] = 5;
        stim["noise"] = 0;
        return stim;
    }

    private static void Connect(Simulation sim, MechanismObject source, MechanismObject target, double weight)
    {
        var connection = sim.NetCon(source, target, threshold: 0, delay: 0, weight: weight);
        connection.Weight[0] = weight;
    }
}
