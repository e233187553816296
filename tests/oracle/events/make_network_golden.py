#!/usr/bin/env python3
"""Golden spike times of a 100-cell random network from NEURON 8.2.2 (fixed step).

Cells: one-compartment hh somas (L = diam = 20 um, Ra = 100, cm = 1), each with an excitatory
ExpSyn (tau 2 ms, e 0 mV) and an inhibitory ExpSyn (tau 5 ms, e -80 mV) at soma(0.5). Every cell
projects to 3-7 random cells through NetCons watching its soma voltage (threshold 0 mV); half of
the cells use one delay for all their projections (NEURON then queues one event per spike and fans
it out, use_min_delay), the others a delay per connection; delays are multiples of 0.05 ms so that
equal delivery times, and so NEURON's order of equal-time events, occur. Drive: 20 NetStims
(noise 1, i.e. Poisson, from the legacy shared random stream after seed(7)), each to 5 cells.

The network specification (every object and NetCon in creation order, with weights and delays) is
written into the golden file so that a test builds the identical network. Python's random with a
fixed seed makes the file reproducible byte for byte.

    /usr/bin/python3 make_network_golden.py ../../golden/events
"""
import json
import os
import random
import sys

from neuron import h

CELLS = 100
STIMS = 20
DT = 0.025
TSTOP = 100.0
V_INIT = -65.0
SEED = 20261122
NETSTIM_SEED = 7


def spec():
    rnd = random.Random(SEED)
    connections = []
    for pre in range(CELLS):
        posts = rnd.sample([c for c in range(CELLS) if c != pre], rnd.randint(3, 7))
        shared = pre % 2 == 0
        delay = round(rnd.randint(20, 100) * 0.05, 2)
        for post in posts:
            inhibitory = rnd.random() < 0.2
            connections.append({
                "pre": pre,
                "post": post,
                "synapse": "inhibitory" if inhibitory else "excitatory",
                "weight": round(rnd.uniform(0.002, 0.01) if inhibitory else rnd.uniform(0.004, 0.02), 6),
                "delay": delay if shared else round(rnd.randint(20, 100) * 0.05, 2),
            })
    stims = []
    for s in range(STIMS):
        stims.append({
            "start": round(rnd.uniform(0, 5), 3),
            "interval": 8.0,
            "number": 1000,
            "noise": 1.0,
            "targets": [{"cell": c, "weight": 0.05, "delay": 0.5} for c in rnd.sample(range(CELLS), 5)],
        })
    return connections, stims


def run(connections, stims):
    somas, excitatory, inhibitory = [], [], []
    for c in range(CELLS):
        soma = h.Section(name=f"soma{c}")
        soma.L = soma.diam = 20
        soma.Ra = 100
        soma.cm = 1
        soma.insert("hh")
        e = h.ExpSyn(soma(0.5))
        e.tau, e.e = 2, 0
        i = h.ExpSyn(soma(0.5))
        i.tau, i.e = 5, -80
        somas.append(soma)
        excitatory.append(e)
        inhibitory.append(i)
    netstims = []
    for s in stims:
        ns = h.NetStim()
        ns.start, ns.interval, ns.number, ns.noise = s["start"], s["interval"], s["number"], s["noise"]
        netstims.append(ns)
    netcons = []
    recorded = {}
    for k in connections:
        soma = somas[k["pre"]]
        target = (excitatory if k["synapse"] == "excitatory" else inhibitory)[k["post"]]
        nc = h.NetCon(soma(0.5)._ref_v, target, sec=soma)
        nc.threshold = 0
        nc.weight[0] = k["weight"]
        nc.delay = k["delay"]
        netcons.append(nc)
        if k["pre"] not in recorded:
            vec = h.Vector()
            nc.record(vec)
            recorded[k["pre"]] = vec
    for ns, s in zip(netstims, stims):
        for tgt in s["targets"]:
            nc = h.NetCon(ns, excitatory[tgt["cell"]])
            nc.weight[0] = tgt["weight"]
            nc.delay = tgt["delay"]
            netcons.append(nc)
    netstims[0].seed(NETSTIM_SEED)
    h.load_file("stdrun.hoc")
    h.dt = DT
    h.steps_per_ms = 1.0 / DT
    h.secondorder = 0
    h.cvode_active(0)
    h.celsius = 6.3
    h.finitialize(V_INIT)
    h.continuerun(TSTOP)
    return [list(recorded[c]) for c in range(CELLS)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "golden", "events")
    connections, stims = spec()
    spikes = run(connections, stims)
    golden = {
        "what": "spike times (NetCon.record of each cell's first NetCon) of a 100-cell random hh network",
        "neuron_version": h.nrnversion(),
        "dt": DT, "tstop": TSTOP, "v_init": V_INIT, "celsius": 6.3, "netstim_seed": NETSTIM_SEED,
        "cell": {"L": 20, "diam": 20, "Ra": 100, "cm": 1, "mechanisms": ["hh"],
                 "excitatory": {"tau": 2, "e": 0}, "inhibitory": {"tau": 5, "e": -80},
                 "threshold": 0},
        "creation_order": "cells (soma, excitatory ExpSyn, inhibitory ExpSyn) 0..99; NetStims; "
                          "connections in list order (each cell's first one records its spikes); "
                          "then each NetStim's targets in order",
        "connections": connections,
        "netstims": stims,
        "spikes": spikes,
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "network.json"), "w") as f:
        json.dump(golden, f, indent=1)
    print(f"{sum(len(s) for s in spikes)} spikes, {sum(1 for s in spikes if s)} cells fired")


if __name__ == "__main__":
    main()
