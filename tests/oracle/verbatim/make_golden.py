#!/usr/bin/env python3
"""Writes tests/golden/verbatim/*.json: what NEURON 8.2 computes for the mod files with VERBATIM
blocks in tests/Nmodl.Codegen.Tests/Verbatim/Integration/mods, one compartment each.

vbdensity.json: a soma (L = diam = 20 um, nseg = 2, cm = 1, no other mechanism) with vbdensity,
  finitialize(-65), dt = 0.025, 200 steps; every RANGE variable of both instances and v, after
  finitialize and after each step.
vbpoint.json: vbpoint on that soma, fed by two NetStims through NetCons (weights 0.7 and 0.2,
  delay 1); its RANGE variables after finitialize and after each of 400 steps.
vbsolve.json: vbsolve in that soma (nseg = 1), v, m and calls after finitialize(-65) and each of 200 steps.
vbvecstim.json: spike times of vbvecstim over three runs of 12 ms: after play([0.5, 1.25, 4, 4, 9.75]),
  after play([2, 3]), after play() (detached).
vbobjects.json: vbobjects on that soma with a Random (Random123(3, 4, 5), uniform(0, 1)) attached by
  setRandObjRef and a Vector [1, 2, 3] by setVector; total(2) twice (the Vector grows), two direct
  pick() calls, then the events of a NetStim (start 1, interval 2, number 4; weight 0.5) over 10 ms;
  and the error of pick() on an instance without a Random.

Usage: python3 make_golden.py   (a Python that imports neuron; nrnivmodl on PATH)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from neuron import h

from oracle_mod import neuron_library_dir
h.load_file("stdrun.hoc")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
MODS = os.path.join(ROOT, "tests", "Nmodl.Codegen.Tests", "Verbatim", "Integration", "mods")
GOLDEN = os.path.join(ROOT, "tests", "golden", "verbatim")


def compile_mods(mods=MODS):
    """NEURON's nrnivmodl on the mod files of the folder mods; the path of the library it made."""
    work = tempfile.mkdtemp()
    for name in os.listdir(mods):
        if name.endswith(".mod"):
            shutil.copy(os.path.join(mods, name), work)
    libdir = neuron_library_dir()
    command = ["nrnivmodl"] + (["-loadflags", "-L%s -Wl,-rpath,%s" % (libdir, libdir)] if libdir else [])
    result = subprocess.run(command, cwd=work, capture_output=True, text=True)
    library = os.path.join(work, "x86_64", "libnrnmech.so")
    if not os.path.exists(library):
        sys.exit("nrnivmodl failed:\n" + result.stdout[-3000:] + result.stderr[-3000:])
    return library


def soma():
    sec = h.Section(name="soma")
    sec.L = sec.diam = 20
    sec.nseg = 2
    return sec


def run_sampled(sample, steps, columns):
    """finitialize(-65) at dt 0.025 and `steps` fadvances, calling sample() after each; the golden record."""
    h.dt = 0.025
    h.finitialize(-65)
    sample()
    for _ in range(steps):
        h.fadvance()
        sample()
    return {"dt": 0.025, "steps": steps, "columns": columns}


def density():
    sec = soma()
    sec.insert("vbdensity")
    names = ["v", "s", "gl", "el", "ncur", "vinit", "tinit", "acc", "nproc", "shared", "late"]
    columns = {"%s(%g)" % (n, seg.x): [] for seg in sec for n in names}

    def sample():
        for seg in sec:
            for n in names:
                value = seg.v if n == "v" else getattr(seg, n + "_vbdensity")
                columns["%s(%g)" % (n, seg.x)].append(value)

    record = run_sampled(sample, 200, columns)
    # gscale is read after the run, as the mechanism may change it while running.
    return {"dt": record["dt"], "steps": record["steps"], "gscale": h.gscale_vbdensity, "columns": columns}


def point():
    sec = soma()
    pp = h.vbpoint(sec(0.5))
    stims, netcons = [], []
    for start, interval, number, weight in [(1, 2, 3, 0.7), (1.5, 2, 2, 0.2)]:
        ns = h.NetStim()
        ns.start, ns.interval, ns.number, ns.noise = start, interval, number, 0
        nc = h.NetCon(ns, pp)
        nc.weight[0], nc.delay = weight, 1
        stims.append(ns)
        netcons.append(nc)
    names = ["nev", "wsum", "tlast", "nself"]
    columns = {n: [] for n in names}

    def sample():
        for n in names:
            columns[n].append(getattr(pp, n))

    return run_sampled(sample, 400, columns)


def solve():
    sec = h.Section(name="soma")
    sec.L = sec.diam = 20
    sec.insert("vbsolve")
    columns = {"v": [], "m": [], "calls": []}

    def sample():
        seg = sec(0.5)
        columns["v"].append(seg.v)
        columns["m"].append(seg.m_vbsolve)
        columns["calls"].append(seg.calls_vbsolve)

    return run_sampled(sample, 200, columns)


def vecstim():
    vs = h.vbvecstim()
    times = h.Vector()
    nc = h.NetCon(vs, None)
    nc.record(times)
    runs = []
    kept = []
    for values in [[0.5, 1.25, 4, 4, 9.75], [2, 3], None]:
        if values is None:
            vs.play()
        else:
            kept.append(h.Vector(values))
            vs.play(kept[-1])
        h.finitialize(-65)
        h.continuerun(12)
        runs.append(list(times))
    return {"runs": runs}


def objects():
    sec = soma()
    pp = h.vbobjects(sec(0.5))
    r = h.Random()
    r.Random123(3, 4, 5)
    r.uniform(0, 1)
    pp.setRandObjRef(r)
    vec = h.Vector([1, 2, 3])
    pp.setVector(vec)
    totals = [pp.total(2), pp.total(2)]
    picks = [pp.pick(), pp.pick()]
    ns = h.NetStim()
    ns.start, ns.interval, ns.number, ns.noise = 1, 2, 4, 0
    nc = h.NetCon(ns, pp)
    nc.weight[0], nc.delay = 0.5, 0
    h.dt = 0.025
    h.finitialize(-65)
    h.continuerun(10)
    bare = h.vbobjects(sec(0.5))
    try:
        bare.pick()
        error = None
    except RuntimeError as e:
        error = str(e)
    return {"totals": totals, "vector": list(vec), "picks": picks, "draw": pp.draw, "n": pp.n, "sum": pp.sum,
            "error": error}


def main():
    h.nrn_load_dll(compile_mods())
    os.makedirs(GOLDEN, exist_ok=True)
    for name, run in [("vbdensity", density), ("vbpoint", point), ("vbobjects", objects), ("vbsolve", solve), ("vbvecstim", vecstim)]:
        data = run()
        data["neuron"] = h.nrnversion()
        with open(os.path.join(GOLDEN, name + ".json"), "w") as f:
            json.dump(data, f, indent=1)
        print("wrote", name)


if __name__ == "__main__":
    main()
