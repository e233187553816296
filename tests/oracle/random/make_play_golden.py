#!/usr/bin/env python3
"""Writes tests/golden/random/play.json: Random.play(&var) in NEURON 8.2, which draws into the variable
at finitialize and at every fixed step.

A 10 um x 10 um soma with pas and an IClamp (delay 0, dur 1e9):
  r1 = Random(7), r1.uniform(0, 0.2), r1.play(stim._ref_amp)
  r2 = Random(), r2.MLCG(1, 2), r2.normal(-70, 4), r2.play(soma(0.5)._ref_e_pas)
Recorded every step: stim.amp, e_pas and v, over two runs of 1 ms (finitialize(-65) each).

Usage: python3 make_play_golden.py [OUT.json]   (a Python that imports neuron)
"""
import json
import os
import sys

from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "golden", "random", "play.json")


def main(out):
    h.load_file("stdrun.hoc")
    soma = h.Section(name="soma")
    soma.L = soma.diam = 10
    soma.insert("pas")
    stim = h.IClamp(soma(0.5))
    stim.delay, stim.dur, stim.amp = 0, 1e9, 0.05
    r1 = h.Random(7)
    r1.uniform(0, 0.2)
    returned = r1.play(stim._ref_amp)
    r2 = h.Random()
    r2.MLCG(1, 2)
    r2.normal(-70, 4)
    r2.play(soma(0.5)._ref_e_pas)
    columns = {"amp": stim._ref_amp, "e_pas": soma(0.5)._ref_e_pas, "v": soma(0.5)._ref_v}
    vectors = {name: h.Vector() for name in columns}
    for name, ref in columns.items():
        vectors[name].record(ref)
    runs = []
    for _ in range(2):
        h.finitialize(-65)
        h.continuerun(1)
        runs.append({name: list(vec) for name, vec in vectors.items()})
    with open(out, "w") as f:
        json.dump({"source": "NEURON " + h.nrnversion(), "returned": returned, "runs": runs}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else GOLDEN)
