#!/usr/bin/env python3
"""NEURON 8.2.2's PatternStim replaying (t, gid) pairs on one process.

Three hh somas (L = diam = 20 um) are cells with gids 0, 1, 2 (pc.cell with a threshold-0 NetCon)
and each has an ExpSyn. pc.gid_connect makes input connections from gids 10 and 11 (no cell here)
and from gid 0 (a cell here). PatternStim "inputs" (fake_output 0) replays 262 pairs, more than one
sendgroup of 102, for gids 10, 11, 12 (not connected) and 0 (a local cell: ignored without
fake_output). fake_output 1 is left out: in NEURON 8.2.2 it made no local cell send in our probes,
although nrn_fake_fire's source says it should. Records every synapse's g at every step and pc.spike_record(-1). Writes patternstim.json.

    /usr/bin/python3 make_patternstim_golden.py ../../golden/events
"""
import json
import os
import sys

from neuron import h

SPEC = {
    "dt": 0.025, "tstop": 40, "v_init": -65,
    "soma": {"L": 20, "diam": 20, "Ra": 100, "mechanisms": ["hh"]},
    "synapse": {"tau": 2, "e": 0},
    "connections": [
        {"gid": 10, "cell": 0, "weight": 0.02, "delay": 1},
        {"gid": 11, "cell": 1, "weight": 0.02, "delay": 2},
        {"gid": 0, "cell": 2, "weight": 0.02, "delay": 1.5},
        {"gid": 10, "cell": 2, "weight": 0.0001, "delay": 0.25},
    ],
    "inputs": {
        "fake_output": 0,
        "t": [1, 3, 3, 7.5, 12.0125, 20] + [0.5 + 0.1 * k for k in range(250)] + [30, 31],
        "gid": [10, 11, 10, 12, 0, 11] + [10] * 250 + [11, 0],
    },
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "golden", "events")
    h.load_file("stdrun.hoc")
    pc = h.ParallelContext()
    somas, syns, keep = [], [], []
    for gid in range(3):
        s = h.Section(name="soma%d" % gid)
        s.L, s.diam, s.Ra = 20, 20, 100
        s.insert("hh")
        syn = h.ExpSyn(s(0.5))
        syn.tau, syn.e = SPEC["synapse"]["tau"], SPEC["synapse"]["e"]
        somas.append(s)
        syns.append(syn)
        pc.set_gid2node(gid, pc.id())
        nc = h.NetCon(s(0.5)._ref_v, None, sec=s)
        nc.threshold = 0
        pc.cell(gid, nc)
        keep.append(nc)
    for c in SPEC["connections"]:
        nc = pc.gid_connect(c["gid"], syns[c["cell"]])
        nc.weight[0], nc.delay = c["weight"], c["delay"]
        keep.append(nc)
    stims = []
    for name in ("inputs",):
        ps = h.PatternStim()
        ps.fake_output = SPEC[name]["fake_output"]
        ps.play(h.Vector(SPEC[name]["t"]), h.Vector(SPEC[name]["gid"]))
        stims.append(ps)
    g = [h.Vector().record(syn._ref_g) for syn in syns]
    all_t, all_id = h.Vector(), h.Vector()
    pc.spike_record(-1, all_t, all_id)
    h.dt = SPEC["dt"]
    h.cvode_active(0)
    h.finitialize(SPEC["v_init"])
    h.continuerun(SPEC["tstop"])
    golden = dict(SPEC)
    golden["what"] = "PatternStim (fake_output 0) into gid_connect connections"
    golden["neuron_version"] = h.nrnversion()
    golden["g"] = [list(v) for v in g]
    golden["spike_record"] = {"t": list(all_t), "id": list(all_id)}
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "patternstim.json"), "w") as f:
        json.dump(golden, f, indent=1)
    print(len(all_t), list(all_t), list(all_id), [max(v) for v in g])


if __name__ == "__main__":
    main()
