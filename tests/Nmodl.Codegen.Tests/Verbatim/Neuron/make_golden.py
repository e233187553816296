#!/usr/bin/env python3
"""Writes vbidioms.json next to this script: what NEURON 8.2 computes and prints for vbidioms.mod.

The mod file is compiled with NEURON's nrnivmodl, loaded with nrn_load_dll, and its FUNCTIONs and
PROCEDUREs are called from Python in a child process whose standard output (where the C printf of
the VERBATIM blocks goes) is captured.

Usage: python3 make_golden.py   (with the Python that imports neuron; needs nrnivmodl on PATH)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import neuron

HERE = os.path.dirname(os.path.abspath(__file__))

CALLS = [
    ("expsum", [0.5]), ("expsum", [1.0]), ("expsum", [-2.0]), ("twice", [0.25]), ("calls", []),
    ("clampedexp", [-720.0]), ("clampedexp", [1.5]), ("clampedexp", [710.0]),
    ("idiv", [7.9, 2.0]), ("idiv", [-7.9, 2.0]), ("idiv", [17.0, -5.0]),
]
REPORTS = [3.7, -3.7, 250.0]

CHILD = r'''
import json, sys
from neuron import h
h.nrn_load_dll(sys.argv[1])
values = []
for name, args in json.loads(sys.argv[2]):
    values.append(getattr(h, name + "_vbidioms")(*args))
for x in json.loads(sys.argv[3]):
    h.report_vbidioms(x)
with open(sys.argv[4], "w") as f:
    json.dump(values, f)
'''


def neuron_library_dir():
    """The directory of libnrniv.so as loaded into this process, for linking the mechanism library."""
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if path.endswith("/libnrniv.so"):
                return os.path.dirname(path)
    return None


def compile_mod_dir(directory):
    libdir = neuron_library_dir()
    command = ["nrnivmodl"]
    if libdir:
        command += ["-loadflags", "-L%s -Wl,-rpath,%s" % (libdir, libdir)]
    result = subprocess.run(command, cwd=directory, capture_output=True, text=True)
    library = os.path.join(directory, "x86_64", "libnrnmech.so")
    if not os.path.exists(library):
        sys.exit("nrnivmodl failed:\n" + result.stdout[-2000:] + result.stderr[-2000:])
    return library


def main():
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(os.path.join(HERE, "vbidioms.mod"), work)
        library = compile_mod_dir(work)
        values_path = os.path.join(work, "values.json")
        child = subprocess.run([sys.executable, "-c", CHILD, library, json.dumps(CALLS), json.dumps(REPORTS), values_path],
                               check=True, capture_output=True, text=True)
        # The C printf output of the PROCEDURE; NEURON's own messages (loading the library) are left out.
        printed = "".join(line for line in child.stdout.splitlines(keepends=True) if line.startswith("report"))
        warnings = "".join(line for line in child.stderr.splitlines(keepends=True) if line.startswith("exp("))
        with open(values_path) as f:
            values = json.load(f)
    golden = {
        "neuron": neuron.__version__,
        "calls": [{"function": name, "arguments": args, "value": value} for (name, args), value in zip(CALLS, values)],
        "reports": REPORTS,
        "printed": printed,
        "warnings": warnings,
    }
    with open(os.path.join(HERE, "vbidioms.json"), "w") as f:
        json.dump(golden, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
