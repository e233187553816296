#!/usr/bin/env python3
"""Writes pointer.json: what NEURON 8.2 computes for vbpointer.mod (tests/Nmodl.Codegen.Tests/Verbatim/
Integration/mods): VERBATIM's null test of a POINTER connected with setpointer.

A soma (L = diam = 20 um) with an IClamp(0.5) (delay 1, dur 2, amp 0.1 nA) and two vbpointer point
processes at 0.5, the first with its POINTER src set to the soma's v, the second unconnected.
dt = 0.025, finitialize(-65), 200 steps; seen and val of both after finitialize and each step as
columns "name[k]"; then connected() of both.

Usage: python3 make_pointer_golden.py [output folder]   (default tests/golden/verbatim;
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
MOD = os.path.join(ROOT, "tests", "Nmodl.Codegen.Tests", "Verbatim", "Integration", "mods", "vbpointer.mod")
NAMES = ["seen", "val"]


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
    stim = h.IClamp(sec(0.5))
    stim.delay, stim.dur, stim.amp = 1, 2, 0.1
    pps = [h.vbpointer(sec(0.5)), h.vbpointer(sec(0.5))]
    h.setpointer(sec(0.5)._ref_v, "src", pps[0])
    columns = {"%s[%d]" % (n, k): [] for k in range(len(pps)) for n in NAMES}

    def sample():
        for k, pp in enumerate(pps):
            for n in NAMES:
                columns["%s[%d]" % (n, k)].append(getattr(pp, n))

    h.dt = 0.025
    h.finitialize(-65)
    sample()
    for _ in range(200):
        h.fadvance()
        sample()
    after = {"connected[%d]" % k: pp.connected() for k, pp in enumerate(pps)}
    return {"dt": 0.025, "steps": 200, "columns": columns, "after": after, "neuron": h.nrnversion()}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "golden", "verbatim")
    h.nrn_load_dll(compile_mod())
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "pointer.json"), "w") as f:
        json.dump(run(), f, indent=1)
    print("wrote", os.path.join(out, "pointer.json"))


if __name__ == "__main__":
    main()
