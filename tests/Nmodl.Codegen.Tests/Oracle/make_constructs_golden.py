#!/usr/bin/python3
"""Writes constructs_golden.json: what NEURON 8.2 computes with the mechanisms in constructs/
(run-time array indices in cgarray). Usage: python3 make_constructs_golden.py  (needs NEURON;
compiles constructs/ in a temporary folder)."""
import json
import os
import shutil
import subprocess
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, "constructs")
STEPS = 10
golden = {}
with tempfile.TemporaryDirectory() as moddir:
    for name in sorted(os.listdir(source)):
        if name.endswith(".mod"):
            shutil.copy(os.path.join(source, name), moddir)
    subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=moddir,
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from neuron import h  # noqa: E402
    h.nrn_load_dll(os.path.join(moddir, "x86_64", "libnrnmech.so"))
    golden["neuron_version"] = h.nrnversion()
    golden["dt"] = 0.025
    golden["v"] = -65.0

    # cgarray: one instance per (n, k); n bounds FROM loops (truncated, as C's (int)), k an index.
    cases = [(3.0, 2.7), (2.0, 0.5), (2.5, 2.99), (0.0, 1.0)]
    sec = h.Section(name="arrays")
    sec.nseg = len(cases)
    sec.insert("cgarray")
    segs = list(sec)
    for seg, (n, k) in zip(segs, cases):
        seg.n_cgarray = n
        seg.k_cgarray = k
    h.dt = golden["dt"]
    h.finitialize(golden["v"])
    names = ["a[0]", "a[1]", "a[2]", "a[3]", "c[0]", "c[1]", "c[2]", "c[3]", "total", "picked", "fsum"]

    def value(seg, name):
        if "[" in name:
            base, index = name[:-1].split("[")
            return getattr(seg, base + "_cgarray")[int(index)]
        return getattr(seg, name + "_cgarray")

    traces = [{n: [value(seg, n)] for n in names} for seg in segs]
    for _ in range(STEPS):
        h.fadvance()
        for seg, trace in zip(segs, traces):
            for n in names:
                trace[n].append(value(seg, n))
    golden["cgarray"] = {"steps": STEPS, "instances": [{"n": n, "k": k, "trace": t} for (n, k), t in zip(cases, traces)],
                         "g": [h.g_cgarray[i] for i in range(4)]}
    h.delete_section(sec=sec)

with open(os.path.join(here, "constructs_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
