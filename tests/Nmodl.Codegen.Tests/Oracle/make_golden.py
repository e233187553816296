#!/usr/bin/python3
"""Writes golden.json: NEURON 8.2's state trajectories for the mechanisms in mod/ and its
tabulated values for cgtable, the UNITS constants of cgunits, and NetCon weights after
finitialize for NET_RECEIVE without (cgnrzero) and with (cgnrinit) an INITIAL block, and lookups
in FUNCTION_TABLEs (cgftable), FOR_NETCONS (cgfornc) WATCH (cgwatch) and
BEFORE/AFTER blocks (cgba), and a read of the ion's total current (cgicaread). Usage: python3 make_golden.py  (needs NEURON; compiles mod/ first)."""
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

sec = h.Section(name="units")
sec.insert("cgunits")
h.finitialize(-65)
golden["units"] = {n: getattr(sec(0.5), n + "_cgunits") for n in
                   ["faraday", "gas", "kf", "boltz", "charge", "pie", "cmix", "molar", "volume", "e1mv", "typed"]}
h.delete_section(sec=sec)

golden["netreceive_initial"] = {"weights_before": [1.5, 2.5, 3.5]}
sec = h.Section(name="netcons")
for mech in ["cgnrzero", "cgnrinit"]:
    target = getattr(h, mech)(sec(0.5))
    nc = h.NetCon(None, target)
    for k, w in enumerate(golden["netreceive_initial"]["weights_before"]):
        nc.weight[k] = w
    h.finitialize(-65)
    golden["netreceive_initial"][mech] = [nc.weight[k] for k in range(3)]
    del nc, target
h.delete_section(sec=sec)

# FUNCTION_TABLEs: y at uneven points, y over evenly spaced points, and a constant.
points_x = [-80.0, -62.5, -40.0, -39.0, 0.0, 0.0, 25.0, 60.0]
points_y = [3.0, 2.5, 1.75, 1.0, 0.5, 0.7, 0.3, 0.1]
evenly_y = [10.0, 7.5, 3.1, 2.2, 1.0]
evenly_min, evenly_max = -50.0, 50.0
# NEURON keeps pointers into the Vectors, so they must stay alive while the table is used.
points_yv, points_xv = h.Vector(points_y), h.Vector(points_x)
h.table_tpoints_cgftable(points_yv, points_xv)
evenly = h.Vector(evenly_y)
h.table_tevenly_cgftable(evenly._ref_x[0], len(evenly_y), evenly_min, evenly_max)
h.table_tconst_cgftable(4.25)
probe_x = [-100.0, -80.0, -70.1, -62.5, -39.5, -0.25, 0.0, 12.5, 33.3, 60.0, 75.0, -50.0, -12.5, 49.99, 50.0]
golden["function_table"] = {
    "points": {"x": points_x, "y": points_y},
    "evenly": {"y": evenly_y, "min": evenly_min, "max": evenly_max},
    "constant": 4.25,
    "probe_x": probe_x,
    "tpoints": [h.probe_cgftable(x, 0) for x in probe_x],
    "tevenly": [h.probe_cgftable(x, 1) for x in probe_x],
    "tconst": [h.probe_cgftable(x, 2) for x in probe_x],
}

# FOR_NETCONS: three NetCons into one target, events through the first, the third, the first.
sec = h.Section(name="fornetcons")
target = h.cgfornc(sec(0.5))
first_weights = [0.5, 2.0, 7.0]
netcons = []
for w in first_weights:
    nc = h.NetCon(None, target)
    nc.weight[0] = w
    nc.weight[1] = 99.0
    nc.weight[2] = 99.0
    netcons.append(nc)
deliveries = [(1.0, 0), (2.0, 2), (3.0, 0)]
h.finitialize(-65)
for time, k in deliveries:
    netcons[k].event(time)
while h.t < 5:
    h.fadvance()
golden["for_netcons"] = {"first_weights": first_weights, "deliveries": [k for _, k in deliveries],
                         "weights": [[nc.weight[j] for j in range(3)] for nc in netcons], "total": target.total}
del netcons, nc, target
h.delete_section(sec=sec)

# WATCH: a bare section whose v swings with a sinusoidal current (cgsine); cgwatch counts its crossings.
soma = h.Section(name="watch_soma")
soma.L = soma.diam = 20
watch = h.cgwatch(soma(0.5))
drive = h.cgsine(soma(0.5))
crossings = h.Vector()
reporter = h.NetCon(watch, None)
reporter.record(crossings)
h.dt = 0.025
h.finitialize(-65)
while h.t < 40 - h.dt / 2:
    h.fadvance()
golden["watch"] = {"L": 20.0, "diam": 20.0, "tstop": 40.0, "thresh": watch.thresh,
                   "crossings": list(crossings), "count": watch.count, "tlast": watch.tlast, "v_end": soma(0.5).v}
del reporter, watch, drive
h.delete_section(sec=soma)

# BEFORE/AFTER blocks: their traces after finitialize and after each of 5 steps.
sec = h.Section(name="ba")
sec.insert("cgba")
h.dt = 0.025
h.finitialize(-65)
names = ["a", "b", "c", "d", "e", "n", "x"]
trace = {n: [getattr(sec(0.5), n + "_cgba")] for n in names}
for _ in range(5):
    h.fadvance()
    for n in names:
        trace[n].append(getattr(sec(0.5), n + "_cgba"))
golden["before_after"] = trace
h.delete_section(sec=sec)

# A mechanism reading the ion's total ica (its own 0.001 plus cgicawrite's 0.002).
sec = h.Section(name="icaread")
sec.insert("cgicaread")
sec.insert("cgicawrite")
h.dt = 0.025
h.finitialize(-65)
seg = sec(0.5)
trace = {"c": [seg.c_cgicaread], "seeninit": seg.seeninit_cgicaread}
for _ in range(5):
    h.fadvance()
    trace["c"].append(seg.c_cgicaread)
golden["ica_read"] = trace
h.delete_section(sec=sec)

with open(os.path.join(here, "golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
print("wrote golden.json", file=sys.stderr)
