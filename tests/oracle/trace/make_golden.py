#!/usr/bin/python3
"""Golden traces for `nrniv trace`: NEURON's output of the shared standard protocol
(neuron_trace.py) for NEURON's own built-in mechanisms and for the hand-written mod files of
tests/oracle/trace/mods (one per compiler feature: KINETIC, calcium accumulation, NET_RECEIVE
synapse, ARTIFICIAL_CELL, TABLE, POINTER, derivimplicit).

    /usr/bin/python3 tests/oracle/trace/make_golden.py [--out DIR] [--record-dt 0.1]

writes <out>/builtins/<Name>/ and <out>/own/<Name>/ (default out: tests/golden/trace), and
<out>/every-step/<Name>/ for the NetCon-driven synapses recorded at every step (--record-dt 0,
where NEURON samples outside its event queue). The
hand-written files are compiled together with NEURON in a temporary folder; the built-ins are
NEURON's own (the same library is loaded, which adds nothing to them). The Debian demo
mechanisms have their own script, tests/oracle/demo/make_golden.py (tests/golden/demo).
meta.json's temporary library path is replaced by where the mechanism came from.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "builtins"))
import nrnsetup  # noqa: E402

MODS = os.path.join(HERE, "mods")
EVERY_STEP = ["ExpSyn", "Exp2Syn", "facsyn"]


def builtin_names(root):
    names = []
    mod = os.path.join(root, "mod")
    for f in sorted(os.listdir(mod)):
        if f.endswith(".mod"):
            names += nrnsetup.mechanism_names(open(os.path.join(mod, f)).read())
    return names


def own_names():
    names = []
    for f in sorted(os.listdir(MODS)):
        if f.endswith(".mod"):
            names += [(n, f) for n in nrnsetup.mechanism_names(open(os.path.join(MODS, f)).read())]
    return names


def trace(trace_py, lib, name, out, record_dt, source):
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    cmd = [sys.executable, trace_py, "--lib", lib, "--mech", name, "--out", out, "--record-dt", str(record_dt)]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=out)
    meta_path = os.path.join(out, "meta.json")
    if os.path.exists(meta_path):
        with open(meta_path) as fh:
            meta = json.load(fh)
        meta["lib"] = source
        with open(meta_path, "w") as fh:
            json.dump(meta, fh, indent=1)
            fh.write("\n")
    status = res.stdout.strip() or res.stderr.strip().splitlines()[-1:]
    print(f"{name:13s} rc={res.returncode} {status}", flush=True)
    return res.returncode


def main(scratch):
    root = nrnsetup.repo_root()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(root, "tests", "golden", "trace"))
    ap.add_argument("--record-dt", type=float, default=0.1)
    args = ap.parse_args()
    trace_py = os.path.join(nrnsetup.shared_oracle(), "neuron_trace.py")
    work = os.path.join(scratch, "mods")
    shutil.copytree(MODS, work)
    lib = nrnsetup.compile_dir(work)
    failures = []
    for name in builtin_names(root):
        if trace(trace_py, lib, name, os.path.join(args.out, "builtins", name), args.record_dt, "NEURON built-in") != 0:
            failures.append(name)
    for name, f in own_names():
        if trace(trace_py, lib, name, os.path.join(args.out, "own", name), args.record_dt, f"compiled from tests/oracle/trace/mods/{f}") != 0:
            failures.append(name)
    for name in EVERY_STEP:
        source = "NEURON built-in" if name in builtin_names(root) else "compiled from tests/oracle/trace/mods"
        if trace(trace_py, lib, name, os.path.join(args.out, "every-step", name), 0, source) != 0:
            failures.append(name + " (every step)")
    if failures:
        print("failed:", ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="nrn_trace_oracle_") as scratch:
        rc = main(scratch)
    sys.stdout.flush()
    os._exit(rc)
