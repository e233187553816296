#!/usr/bin/env python3
"""NEURON 8.2.2 with NEURON's VecStim (share/examples/nrniv/netcon/vecevent.mod of NEURON's
repository, compiled with nrnivmodl; pass the library's path): spike times from vectors, the
NetCon.record forms and ParallelContext.spike_record.

vs1 plays times with an equal pair and times off the dt grid, vs2 plays nothing, vs3's vector is
changed between two runs (VecStim reads it while running). vs1 and vs3 drive an ExpSyn on an hh
soma (L = diam = 20 um) whose spikes are detected at threshold 0. Run A records with
nc.record(vec) and nc.record(tvec, idvec, 7); run B gives the four sources gids 0..3 in NetCon
creation order and records with pc.spike_record(-1, t, id). Writes vecstim.json.

    /usr/bin/python3 make_vecstim_golden.py ../../golden/events path/to/x86_64/libnrnmech.so
"""
import json
import os
import sys

from neuron import h

SPEC = {
    "dt": 0.025, "tstop": 40, "v_init": -65,
    "soma": {"L": 20, "diam": 20, "Ra": 100, "mechanisms": ["hh"]},
    "synapse": {"tau": 2, "e": 0},
    "vs1": [2, 5.5, 5.5, 10.0125, 20, 20.0001, 33.3],
    "vs3_first": [1, 4],
    "vs3_second": [1, 6, 8],
    "netcons": [
        {"source": "vs1", "target": "synapse", "weight": 0.01, "delay": 1},
        {"source": "vs3", "target": "synapse", "weight": 0.005, "delay": 0.5},
        {"source": "soma", "target": None, "threshold": 0},
        {"source": "vs2", "target": None},
    ],
}


def main():
    out = sys.argv[1]
    h.nrn_load_dll(sys.argv[2])
    h.load_file("stdrun.hoc")
    soma = h.Section(name="soma")
    soma.L, soma.diam, soma.Ra = 20, 20, 100
    soma.insert("hh")
    syn = h.ExpSyn(soma(0.5))
    syn.tau, syn.e = SPEC["synapse"]["tau"], SPEC["synapse"]["e"]
    vs1, vs2, vs3 = h.VecStim(), h.VecStim(), h.VecStim()
    t1, t3 = h.Vector(SPEC["vs1"]), h.Vector(SPEC["vs3_first"])
    vs1.play(t1)
    vs3.play(t3)
    nc1 = h.NetCon(vs1, syn)
    nc1.weight[0], nc1.delay = 0.01, 1
    nc2 = h.NetCon(vs3, syn)
    nc2.weight[0], nc2.delay = 0.005, 0.5
    nc3 = h.NetCon(soma(0.5)._ref_v, None, sec=soma)
    nc3.threshold = 0
    nc4 = h.NetCon(vs2, None)
    vs1_spikes, soma_t, soma_id, vs3_spikes = h.Vector(), h.Vector(), h.Vector(), h.Vector()
    nc1.record(vs1_spikes)
    nc3.record(soma_t, soma_id, 7)
    nc2.record(vs3_spikes)
    h.dt = SPEC["dt"]
    h.cvode_active(0)
    runs = []
    for times in (SPEC["vs3_first"], SPEC["vs3_second"]):
        t3.resize(0)
        t3.append(h.Vector(times))
        h.finitialize(SPEC["v_init"])
        h.continuerun(SPEC["tstop"])
        runs.append({"vs1": list(vs1_spikes), "vs3": list(vs3_spikes), "soma_t": list(soma_t), "soma_id": list(soma_id)})
    netcon_count = int(h.List("NetCon").count())
    pc = h.ParallelContext()
    for gid, nc in enumerate((nc1, nc2, nc3, nc4)):
        pc.set_gid2node(gid, pc.id())
        pc.cell(gid, nc)
    all_t, all_id = h.Vector(), h.Vector()
    pc.spike_record(-1, all_t, all_id)
    h.finitialize(SPEC["v_init"])
    h.continuerun(SPEC["tstop"])
    golden = dict(SPEC)
    golden["what"] = "VecStim spike trains, NetCon.record and ParallelContext.spike_record"
    golden["neuron_version"] = h.nrnversion()
    golden["runs"] = runs
    golden["netcon_count"] = netcon_count
    golden["spike_record"] = {"t": list(all_t), "id": list(all_id)}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "vecstim.json"), "w") as f:
        json.dump(golden, f, indent=1)
    print([{k: len(v) for k, v in r.items()} for r in runs], len(all_t))


if __name__ == "__main__":
    main()
