#!/usr/bin/python3
"""Writes golden.json: NEURON 8.2's state trajectories for the mechanisms in mod/ and its
tabulated values for cgtable. Usage: python3 make_golden.py  (needs NEURON; compiles mod/ first)."""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
moddir = os.path.join(here, "mod")
subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=moddir,
               check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
from neuron import h  # noqa: E402

h.nrn_load_dll(os.path.join(moddir, "x86_64", "libnrnmech.so"))

STEPS = 40
states = {"cgrelax": ["x"], "cgquad": ["x"], "cgquadcn": ["x"], "cgrot": ["p", "q"], "cgrotrk": ["p", "q"],
          "cgkin": ["A", "B"], "cgbind": ["A", "B", "C"], "cgcomp": ["c1", "c2"],
          "cgnonlin": ["p", "q"], "cglin": ["p", "q", "r"]}
golden = {"dt": 0.025, "steps": STEPS, "trajectories": {}}
for mech, names in states.items():
    sec = h.Section(name="s_" + mech)
    sec.insert(mech)
    h.dt = 0.025
    h.finitialize(-65)
    seg = sec(0.5)
    trace = {n: [getattr(seg, n + "_" + mech)] for n in names}
    for _ in range(STEPS):
        h.fadvance()
        for n in names:
            trace[n].append(getattr(seg, n + "_" + mech))
    golden["trajectories"][mech] = trace
    h.delete_section(sec=sec)

golden["steadystate"] = {}
for mech, names in {"cgssk": ["A", "B", "C"], "cgssl": ["A", "B"]}.items():
    sec = h.Section(name="s_" + mech)
    sec.insert(mech)
    h.finitialize(-65)
    golden["steadystate"][mech] = {n: getattr(sec(0.5), n + "_" + mech) for n in names}
    h.delete_section(sec=sec)

sec = h.Section(name="tables")
sec.insert("cgtable")
h.celsius = 6.3
vs = [-120.0, -100.0, -99.3, -65.0, -40.0, -39.99, 0.0, 0.5, 17.25, 99.9, 100.0, 130.0]
minf, mtau, alpha = [], [], []
for v in vs:
    h.rates_cgtable(v)
    minf.append(h.minf_cgtable)
    mtau.append(h.mtau_cgtable)
    alpha.append(h.alpha_cgtable(v))
golden["table"] = {"celsius": 6.3, "v": vs, "minf": minf, "mtau": mtau, "alpha": alpha}

with open(os.path.join(here, "golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
print("wrote golden.json", file=sys.stderr)
