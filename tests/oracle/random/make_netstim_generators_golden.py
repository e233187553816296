#!/usr/bin/env python3
"""Writes tests/golden/random/netstim_generators.json: spike times of NEURON 8.2's built-in NetStim
whose noise comes from noiseFromRandom(r) (its VERBATIM nrn_random_pick) with r on each of the
Random class's own generators:

acg:     r = Random(5)               r.negexp(1)
mlcg:    r = Random(); r.MLCG(3, 4)  r.negexp(1)
isaac64: r = Random(); r.Isaac64(99) r.negexp(1)

Each NetStim: start 1, interval 5, number 15, noise 1 (0.5 for the second of each pair); run to
100 ms twice (finitialize does not restart these generators, so the second run continues them).

Usage: python3 make_netstim_generators_golden.py [OUT.json]   (a Python that imports neuron)
"""
import json
import os
import sys

from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "golden", "random", "netstim_generators.json")

GENERATORS = {
    "acg": lambda: h.Random(5),
    "mlcg": lambda: _with(lambda r: r.MLCG(3, 4)),
    "isaac64": lambda: _with(lambda r: r.Isaac64(99)),
}


def _with(choose):
    r = h.Random()
    choose(r)
    return r


def main(out):
    h.load_file("stdrun.hoc")
    keep, recorders = [], []
    for name, make in GENERATORS.items():
        for noise in [1.0, 0.5]:
            ns = h.NetStim()
            ns.start, ns.interval, ns.number, ns.noise = 1, 5, 15, noise
            r = make()
            r.negexp(1)
            ns.noiseFromRandom(r)
            times = h.Vector()
            nc = h.NetCon(ns, None)
            nc.record(times)
            keep.append((ns, r, nc))
            recorders.append((name, noise, times))
    runs = []
    for _ in range(2):
        h.finitialize(-65)
        h.continuerun(100)
        runs.append([{"generator": name, "noise": noise, "times": list(times)} for name, noise, times in recorders])
    with open(out, "w") as f:
        json.dump({"source": "NEURON " + h.nrnversion(), "runs": runs}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else GOLDEN)
