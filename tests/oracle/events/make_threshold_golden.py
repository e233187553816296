#!/usr/bin/env python3
"""NEURON 8.2.2's fixed-step threshold detection, as recorded by NetCon.record.

Three hh somas (L = diam = 20 um) initialized at +20 mV: "above" is watched with threshold 10
(above threshold at t = 0), "always" with threshold -100 (never below), "shared" by two NetCons
whose second sets the shared threshold to -20 after the first set 30, and driven by an IClamp
(0.3 nA from 5 to 45 ms) so that it fires repeatedly. Spike times are t + 1e-10 of the step
start at which v is first found above threshold.

    /usr/bin/python3 make_threshold_golden.py ../../golden/events
"""
import json
import os
import sys

from neuron import h


def soma(name):
    s = h.Section(name=name)
    s.L = s.diam = 20
    s.Ra = 100
    s.insert("hh")
    return s


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "golden", "events")
    above, always, shared = soma("above"), soma("always"), soma("shared")
    clamp = h.IClamp(shared(0.5))
    clamp.delay, clamp.dur, clamp.amp = 5, 40, 0.3
    keep = []
    spikes = {}
    for name, sec, thresholds in (("above", above, [10]), ("always", always, [-100]), ("shared", shared, [30, -20])):
        vec = h.Vector()
        for th in thresholds:
            nc = h.NetCon(sec(0.5)._ref_v, None, sec=sec)
            nc.threshold = th
            keep.append(nc)
        keep[-1].record(vec)
        spikes[name] = vec
    h.load_file("stdrun.hoc")
    h.dt = 0.025
    h.cvode_active(0)
    h.finitialize(20)
    h.continuerun(50)
    golden = {
        "what": "NetCon.record spike times of fixed-step threshold detection",
        "neuron_version": h.nrnversion(),
        "dt": 0.025, "tstop": 50, "v_init": 20,
        "soma": {"L": 20, "diam": 20, "Ra": 100, "mechanisms": ["hh"]},
        "thresholds": {"above": [10], "always": [-100], "shared": [30, -20]},
        "iclamp_on_shared": {"delay": 5, "dur": 40, "amp": 0.3},
        "spikes": {k: list(v) for k, v in spikes.items()},
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "threshold.json"), "w") as f:
        json.dump(golden, f, indent=1)
    print({k: len(v) for k, v in spikes.items()})


if __name__ == "__main__":
    main()
