#!/usr/bin/python3
"""Writes constructs_golden.json: what NEURON 8.2 computes with the mechanisms in constructs/
(run-time array indices in cgarray, FUNCTION_TABLEs of two and three arguments in cgft2, WATCH conditions on changing RANGE
and GLOBAL variables in cgwatch2, driven by mod/cgsine). Usage: python3 make_constructs_golden.py  (needs NEURON;
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
    shutil.copy(os.path.join(here, "mod", "cgsine.mod"), moddir)
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

    # cgft2: tables over grids, filled as table_f_mech(&y, n1, min1, max1, n2, ...) or with points
    # per argument (NEURON keeps pointers into the Vectors: they stay alive while the table is used).
    sec = h.Section(name="tables")
    sec.insert("cgft2")
    grid2 = {"y": [1.0, 2.0, 4.0, 8.0, -1.0, 0.5, 3.25, 7.0, 10.0, 11.0, 12.5, 0.0],
             "axes": [{"size": 3, "min": -60.0, "max": 20.0}, {"size": 4, "min": 0.5, "max": 2.0}]}
    points2 = {"y": [float(k * k % 7) - 2.5 for k in range(20)],
               "axes": [{"points": [-80.0, -50.0, -50.0, 0.0]}, {"points": [0.1, 0.2, 1.0, 3.0, 10.0]}]}
    grid3 = {"y": [float(3 * k - k * k % 5) for k in range(12)],
             "axes": [{"size": 2, "min": 0.0, "max": 1.0}, {"points": [-1.0, 0.0, 2.0]}, {"size": 2, "min": 5.0, "max": 6.0}]}
    keep = []

    def fill(table, spec):
        yv = h.Vector(spec["y"])
        keep.append(yv)
        args = [yv._ref_x[0]]
        for axis in spec["axes"]:
            if "points" in axis:
                xv = h.Vector(axis["points"])
                keep.append(xv)
                args += [len(axis["points"]), xv._ref_x[0]]
            else:
                args += [axis["size"], axis["min"], axis["max"]]
        table(*args)

    fill(h.table_grid2_cgft2, grid2)
    fill(h.table_points2_cgft2, points2)
    fill(h.table_grid3_cgft2, grid3)
    xs = [-90.0, -60.0, -47.5, -50.0, -33.3, -20.0, 0.0, 7.5, 20.0, 31.0]
    ys = [0.0, 0.1, 0.5, 0.6, 0.99, 1.25, 2.0, 2.5, 6.5, 10.0, 12.0]
    zs = [(a, b, c) for a in [-0.5, 0.0, 0.3, 0.5, 1.0, 2.0] for b in [-2.0, -0.5, 0.0, 1.0, 3.0] for c in [4.0, 5.5, 6.0]]
    golden["cgft2"] = {
        "grid2": grid2, "points2": points2, "grid3": grid3, "x": xs, "y": ys, "xyz": zs,
        "grid2_values": [[h.probe2_cgft2(x, y, 0) for y in ys] for x in xs],
        "points2_values": [[h.probe2_cgft2(x, y, 1) for y in ys] for x in xs],
        "grid3_values": [h.probe3_cgft2(a, b, c) for a, b, c in zs],
    }
    h.delete_section(sec=sec)

    # cgwatch2 on a bare section whose v swings with a sinusoidal current.
    soma = h.Section(name="watch2")
    soma.L = soma.diam = 20
    watch = h.cgwatch2(soma(0.5))
    drive = h.cgsine(soma(0.5))
    drive.amp = 0.6
    drive.period = 7
    crossings = h.Vector()
    reporter = h.NetCon(watch, None)
    reporter.record(crossings)
    h.hyst_cgwatch2 = 4
    h.dt = 0.025
    h.finitialize(-65)
    while h.t < 60 - h.dt / 2:
        h.fadvance()
    golden["cgwatch2"] = {"L": 20.0, "diam": 20.0, "amp": 0.6, "period": 7.0, "tstop": 60.0,
                          "crossings": list(crossings), "count": watch.count, "th": watch.th,
                          "low": watch.low, "hyst": h.hyst_cgwatch2}
    del reporter, watch, drive
    h.delete_section(sec=soma)

with open(os.path.join(here, "constructs_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
