#!/usr/bin/env python3
"""Writes split.json: what NEURON 8.2 computes for vbsplit.mod (tests/Nmodl.Codegen.Tests/Verbatim/
Integration/mods), whose C is split across VERBATIM blocks around NMODL statements.

A soma (L = diam = 20 um, nseg = 1, no other mechanism) with two vbsplit point processes at 0.5: the
first has a Random (Random123(1, 2, 3), negexp(1)) attached by setRandObjRef, the second none (its
erand() draws NMODL's exprand(1) from the process-wide stream, seeded by seed(7) before finitialize).
One NetStim (start 1, interval 2, number 5, no noise) drives both through NetCons (weight 0.5,
delay 0.5). dt = 0.025, finitialize(-65), 480 steps; every RANGE variable of both, after finitialize
and after each step, as columns "name[k]" (k = 0, 1).

Usage: python3 make_split_golden.py [output folder]   (default tests/golden/verbatim;
a Python that imports neuron, and nrnivmodl on PATH)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
MOD = os.path.join(ROOT, "tests", "Nmodl.Codegen.Tests", "Verbatim", "Integration", "mods", "vbsplit.mod")
NAMES = ["n", "a", "acc", "r", "c", "b", "hasrand", "nsteps"]


def neuron_library_dir():
    """The directory of libnrniv.so as loaded into this process, for linking the mechanism library."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if path.endswith("/libnrniv.so"):
                return os.path.dirname(path)
    return None


def compile_mod():
    work = tempfile.mkdtemp()
    shutil.copy(MOD, work)
    libdir = neuron_library_dir()
    command = ["nrnivmodl"] + (["-loadflags", "-L%s -Wl,-rpath,%s" % (libdir, libdir)] if libdir else [])
    result = subprocess.run(command, cwd=work, capture_output=True, text=True)
    library = os.path.join(work, "x86_64", "libnrnmech.so")
    if not os.path.exists(library):
        sys.exit("nrnivmodl failed:\n" + result.stdout[-3000:] + result.stderr[-3000:])
    return library


def run():
    sec = h.Section(name="soma")
    sec.L = sec.diam = 20
    pps = [h.vbsplit(sec(0.5)), h.vbsplit(sec(0.5))]
    rng = h.Random()
    rng.Random123(1, 2, 3)
    rng.negexp(1)
    pps[0].setRandObjRef(rng)
    ns = h.NetStim()
    ns.start, ns.interval, ns.number, ns.noise = 1, 2, 5, 0
    netcons = [h.NetCon(ns, pp) for pp in pps]
    for nc in netcons:
        nc.weight[0], nc.delay = 0.5, 0.5
    columns = {"%s[%d]" % (n, k): [] for k in range(len(pps)) for n in NAMES}

    def sample():
        for k, pp in enumerate(pps):
            for n in NAMES:
                columns["%s[%d]" % (n, k)].append(getattr(pp, n))

    pps[1].seed(7)
    h.dt = 0.025
    h.finitialize(-65)
    sample()
    for _ in range(480):
        h.fadvance()
        sample()
    return {"dt": 0.025, "steps": 480, "columns": columns, "neuron": h.nrnversion()}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "golden", "verbatim")
    h.nrn_load_dll(compile_mod())
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "split.json"), "w") as f:
        json.dump(run(), f, indent=1)
    print("wrote", os.path.join(out, "split.json"))


if __name__ == "__main__":
    main()
