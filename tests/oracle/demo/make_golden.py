#!/usr/bin/python3
"""Golden reference traces of the NMODL demo mechanisms that ship with NEURON.

    /usr/bin/python3 tests/oracle/demo/make_golden.py [--demo DIR] [--out DIR] [--record-dt 0.1]

For every .mod file of the demo folder (default /usr/share/nrn/demo/release, from
Debian's neuron package) this compiles the file alone in its own temporary folder
with NEURON (so files declaring the same mechanism name cannot clash), then runs the
shared oracle's standard protocol

    neuron_trace.py --lib DIR --mech NAME --out OUT --record-dt 0.1

for each mechanism the file declares, into tests/golden/demo/<NAME>/. The oracle is
found at <repository root>/../shared/oracle. meta.json's library path (a temporary
folder) is replaced by the demo file the library was compiled from.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "builtins"))
import nrnsetup  # noqa: E402

DEMO = "/usr/share/nrn/demo/release"


def main(scratch):
    root = nrnsetup.repo_root()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--demo", default=DEMO, help=f"folder of demo .mod files (default {DEMO})")
    ap.add_argument("--out", default=os.path.join(root, "tests", "golden", "demo"))
    ap.add_argument("--record-dt", type=float, default=0.1)
    args = ap.parse_args()
    if not os.path.isdir(args.demo):
        sys.exit(f"error: demo folder {args.demo} not found (Debian package 'neuron')")
    trace = os.path.join(nrnsetup.shared_oracle(), "neuron_trace.py")

    failures = []
    for f in sorted(os.listdir(args.demo)):
        if not f.endswith(".mod"):
            continue
        src = os.path.join(args.demo, f)
        text = open(src).read()
        work = os.path.join(scratch, f[:-4])
        os.makedirs(work)
        with open(os.path.join(work, f), "w") as fh:
            fh.write(text)
        lib = nrnsetup.compile_dir(work)
        for name in nrnsetup.mechanism_names(text):
            out = os.path.join(args.out, name)
            os.makedirs(out, exist_ok=True)
            cmd = [sys.executable, trace, "--lib", lib, "--mech", name, "--out", out,
                   "--record-dt", str(args.record_dt)]
            res = subprocess.run(cmd, capture_output=True, text=True, cwd=out)
            meta_path = os.path.join(out, "meta.json")
            if os.path.exists(meta_path):
                with open(meta_path) as fh:
                    meta = json.load(fh)
                meta["lib"] = f"compiled from {src}"
                meta["source"] = f
                with open(meta_path, "w") as fh:
                    json.dump(meta, fh, indent=1)
                    fh.write("\n")
            status = res.stdout.strip() or res.stderr.strip().splitlines()[-1:]
            print(f"{f:14s} {name:13s} rc={res.returncode} {status}", flush=True)
            if res.returncode != 0:
                failures.append(f"{f}:{name} (exit {res.returncode})")
    if failures:
        print("failed:", ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="nrn_oracle_") as scratch:
        rc = main(scratch)
    sys.stdout.flush()
    os._exit(rc)
