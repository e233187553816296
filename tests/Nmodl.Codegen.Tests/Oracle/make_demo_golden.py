#!/usr/bin/python3
"""Writes demo_golden.json: NEURON 8.2's behaviour of five of the demo mechanisms Debian ships in
/usr/share/nrn/demo/release (copied to a temporary folder and compiled there, never into the
repository): state trajectories at a constant membrane potential (cm = 1e30 uF/cm2 makes the
voltage change far below one ulp, so v stays exactly v_init) and values of their FUNCTIONs and
tabulated PROCEDUREs. Usage: /usr/bin/python3 make_demo_golden.py"""
import glob
import json
import os
import shutil
import subprocess
import tempfile

DEMO = "/usr/share/nrn/demo/release"
work = tempfile.mkdtemp()
for f in ["khhchan.mod", "nachan.mod", "cachan1.mod", "camchan.mod", "mcna.mod"]:
    shutil.copy(os.path.join(DEMO, f), work)
# Linking NEURON's 'special' fails on Debian; the mechanism library is all that is needed.
subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=work, check=False,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
assert os.path.exists(os.path.join(work, "x86_64", "libnrnmech.so")), "nrnivmodl did not build the mechanisms"
from neuron import h  # noqa: E402

h.nrn_load_dll(os.path.join(work, "x86_64", "libnrnmech.so"))

STEPS = 40
V = -50.0
mechanisms = {
    "HHk": {"file": "khhchan.mod", "states": ["n"], "ions": ["k"]},
    "HHna": {"file": "nachan.mod", "states": ["m", "h"], "ions": ["na"]},
    "cachan1": {"file": "cachan1.mod", "states": ["S"], "ions": ["ca"]},
    "cachan": {"file": "camchan.mod", "states": ["oca"], "ions": ["ca"]},
    "MCna": {"file": "mcna.mod", "states": ["P", "L", "M", "N", "O"], "ions": ["na"]},
}
golden = {"dt": 0.025, "steps": STEPS, "v": V, "celsius": 6.3, "mechanisms": {}}
for name, spec in mechanisms.items():
    sec = h.Section(name="s_" + name)
    sec.insert(name)
    sec.cm = 1e30
    h.dt = 0.025
    h.celsius = 6.3
    h.finitialize(V)
    seg = sec(0.5)
    ions = {}
    for ion in spec["ions"]:
        ions[ion] = {"e": getattr(seg, "e" + ion), "i": getattr(seg, ion + "i"), "o": getattr(seg, ion + "o")}
    trace = {s: [getattr(seg, s + "_" + name)] for s in spec["states"]}
    for _ in range(STEPS):
        h.fadvance()
        assert seg.v == V
        for s in spec["states"]:
            trace[s].append(getattr(seg, s + "_" + name))
    golden["mechanisms"][name] = {"file": spec["file"], "ions": ions, "trajectories": trace}
    h.delete_section(sec=sec)

vs = [-100.0, -70.0, -65.5, -50.0, -40.0, -10.25, 0.0, 33.3, 100.0]
functions = {}
functions["HHk"] = {"alp": [h.alp_HHk(v) for v in vs], "bet": [h.bet_HHk(v) for v in vs]}
inf, tau = [], []
for v in vs:
    h.rate_HHk(v)
    inf.append(h.inf_HHk)
    tau.append(h.tau_HHk)
functions["HHk"]["rate:inf"] = inf
functions["HHk"]["rate:tau"] = tau
functions["cachan"] = {"oca_ss": [h.oca_ss_cachan(v) for v in vs], "oca_tau": [h.oca_tau_cachan(v) for v in vs]}
golden["functions"] = {"v": vs, "values": functions}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
shutil.rmtree(work)
