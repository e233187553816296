#!/usr/bin/env python3
"""Writes struct.json: what NEURON 8.2 computes for vbstruct.mod (tests/Nmodl.Codegen.Tests/Verbatim/
Integration/mods), which keeps a C structure in a POINTER.

A soma (L = diam = 20 um) with two vbstruct point processes at 0.5: the first set up with setup(3) (a
ring of 3 doubles), the second never set up. One NetStim (start 1, interval 1.5, number 7, no noise)
drives both through NetCons (weight 0.4, delay 0.5). dt = 0.025, finitialize(-65), 480 steps; the
RANGE variables of both after finitialize and each step as columns "name[k]"; then, after the run,
sum(), mean() and last() of both.

Usage: python3 make_struct_golden.py [output folder]   (default tests/golden/verbatim;
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
MOD = os.path.join(ROOT, "tests", "Nmodl.Codegen.Tests", "Verbatim", "Integration", "mods", "vbstruct.mod")
NAMES = ["ncalls", "total", "avg", "latest"]


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
    pps = [h.vbstruct(sec(0.5)), h.vbstruct(sec(0.5))]
    pps[0].setup(3)
    ns = h.NetStim()
    ns.start, ns.interval, ns.number, ns.noise = 1, 1.5, 7, 0
    netcons = [h.NetCon(ns, pp) for pp in pps]
    for nc in netcons:
        nc.weight[0], nc.delay = 0.4, 0.5
    columns = {"%s[%d]" % (n, k): [] for k in range(len(pps)) for n in NAMES}

    def sample():
        for k, pp in enumerate(pps):
            for n in NAMES:
                columns["%s[%d]" % (n, k)].append(getattr(pp, n))

    h.dt = 0.025
    h.finitialize(-65)
    sample()
    for _ in range(480):
        h.fadvance()
        sample()
    after = {"%s[%d]" % (f, k): getattr(pp, f)() for k, pp in enumerate(pps) for f in ["sum", "mean", "last"]}
    return {"dt": 0.025, "steps": 480, "columns": columns, "after": after, "neuron": h.nrnversion()}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "golden", "verbatim")
    h.nrn_load_dll(compile_mod())
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "struct.json"), "w") as f:
        json.dump(run(), f, indent=1)
    print("wrote", os.path.join(out, "struct.json"))


if __name__ == "__main__":
    main()
