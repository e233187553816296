#!/usr/bin/env python3
"""NEURON's answers for the BEFORE/AFTER protocol: a soma with hh and batest (mods/batest.mod) and
a three-segment dendrite with batest only, an IClamp on the soma; every batest variable and v
recorded at finitialize and after each fixed step.

Usage: compile mods/ with NEURON's nrnivmodl, then
    python3 make_beforeafter_golden.py mods/x86_64/libnrnmech.so ../../golden/beforeafter
"""
import json
import os
import sys

VARIABLES = ["count", "bi", "ini", "ai", "bb", "as", "bs", "tbb", "tas", "tbs", "vbb", "vas", "vbs", "gnow", "w", "i"]


def main(library, out_dir):
    from neuron import h
    h.nrn_load_dll(library)
    h.load_file("stdrun.hoc")

    soma = h.Section(name="soma")
    soma.L = soma.diam = 20
    soma.insert("hh")
    soma.insert("batest")
    dend = h.Section(name="dend")
    dend.L = 200
    dend.diam = 2
    dend.nseg = 3
    dend.insert("batest")
    for seg in dend:
        seg.batest.g = 0.0002
    dend.connect(soma(1))
    stim = h.IClamp(soma(0.5))
    stim.delay = 1
    stim.dur = 5
    stim.amp = 0.3

    traces = {}
    for where, seg in (("soma", soma(0.5)), ("dend", dend(0.5))):
        traces[f"{where}.v"] = h.Vector().record(seg._ref_v)
        for name in VARIABLES:
            traces[f"{where}.{name}"] = h.Vector().record(getattr(seg, f"_ref_{name}_batest"))
    h.dt = 0.025
    h.finitialize(-65)
    h.continuerun(10)

    golden = {
        "about": "NEURON 8.2.2 on make_beforeafter_golden.py's protocol: values at finitialize and after each step",
        "dt": h.dt,
        "tstop": 10,
        "traces": {name: list(vector) for name, vector in traces.items()},
    }
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "beforeafter.json"), "w") as f:
        json.dump(golden, f, indent=0)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
