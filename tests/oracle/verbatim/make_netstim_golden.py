#!/usr/bin/env python3
"""Writes tests/golden/verbatim/netstim_random.json: spike times of NEURON 8.2's built-in NetStim
with noise drawn from Random123 streams, in the two styles NEURON offers (each in its own process,
since NEURON allows one style per process):

random123: two NetStims with noiseFromRandom123(1, 2, 3) and (1, 2, 4); noise 1 and 0.5.
random:    two NetStims with noiseFromRandom(r), r = Random(); r.Random123(7, 8, 9) (and 7, 8, 10);
           r.negexp(1).
Each train: start 1, interval 5, number 15; run to 100 ms twice (finitialize restarts the
Random123 streams of the first style only).

Usage: python3 make_netstim_golden.py   (a Python that imports neuron)
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "golden", "verbatim", "netstim_random.json")


def run(style):
    from neuron import h
    h.load_file("stdrun.hoc")
    cells, randoms, recorders = [], [], []
    for k, noise in enumerate([1.0, 0.5]):
        ns = h.NetStim()
        ns.start, ns.interval, ns.number, ns.noise = 1, 5, 15, noise
        if style == "random123":
            ns.noiseFromRandom123(1, 2, 3 + k)
        else:
            r = h.Random()
            r.Random123(7, 8, 9 + k)
            r.negexp(1)
            ns.noiseFromRandom(r)
            randoms.append(r)
        times = h.Vector()
        nc = h.NetCon(ns, None)
        nc.record(times)
        cells.append(ns)
        recorders.append((nc, times))
    runs = []
    for _ in range(2):
        h.finitialize(-65)
        h.continuerun(100)
        runs.append([list(times) for _, times in recorders])
    return runs


def main():
    if len(sys.argv) > 1:
        print(json.dumps(run(sys.argv[1])))
        return
    data = {}
    for style in ["random123", "random"]:
        out = subprocess.run([sys.executable, __file__, style], capture_output=True, text=True, check=True).stdout
        data[style] = json.loads(out.strip().splitlines()[-1])
    from neuron import h
    data["neuron"] = h.nrnversion()
    with open(GOLDEN, "w") as f:
        json.dump(data, f, indent=1)
    print("wrote", os.path.normpath(GOLDEN))


if __name__ == "__main__":
    main()
