#!/usr/bin/env python3
"""Loads each HOC file of tests/golden/hoc into NEURON (h.load_file, one fresh process per file)
and writes what NeuronSharp's HOC loader must reproduce: topology text, and per section its name,
parent, attachment, orientation, L, nseg, Ra, per-segment diam, cm, area and ri, 3-d points and
inserted mechanisms with their per-segment values. Output: NAME.json beside NAME.hoc.

Usage: /usr/bin/python3 make_hoc_golden.py [GOLDEN_DIR]   (default: ../../golden/hoc)
"""
import glob, json, os, subprocess, sys, tempfile

def topology_text(h):
    sys.stdout.flush()
    with tempfile.TemporaryFile(mode="w+") as tmp:
        saved = os.dup(1)
        os.dup2(tmp.fileno(), 1)
        try:
            h.topology()
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)
        tmp.seek(0)
        return tmp.read()

def quietly(action):
    # HOC prints the value of an expression statement (define_shape() prints 1) on NEURON's stdout.
    sys.stdout.flush()
    saved = os.dup(1)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 1)
        try:
            action()
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)

def describe(path):
    from neuron import h
    quietly(lambda: h.load_file(path))
    sections = []
    for sec in h.allsec():
        parent = sec.parentseg()
        mechs = {}
        for mech in sec(0.5):
            if mech.is_ion():
                continue
            names = [n for n in dir(mech) if not n.startswith("_") and n not in ("is_ion", "name", "segment")]
            mechs[mech.name()] = {n: [getattr(getattr(seg, mech.name()), n) for seg in sec] for n in names}
        sections.append({
            "name": sec.name(),
            "parent": None if parent is None else parent.sec.name(),
            "parent_x": None if parent is None else parent.x,
            "orientation": sec.orientation(),
            "L": sec.L, "nseg": sec.nseg, "Ra": sec.Ra,
            "diam": [seg.diam for seg in sec], "cm": [seg.cm for seg in sec],
            "area": [seg.area() for seg in sec], "ri": [seg.ri() for seg in sec],
            "pt3d": [[sec.x3d(i), sec.y3d(i), sec.z3d(i), sec.diam3d(i)] for i in range(sec.n3d())],
            "mechanisms": mechs,
        })
    return {"neuron_version": h.nrnversion(), "topology": topology_text(h), "sections": sections}

def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        json.dump(describe(sys.argv[2]), sys.stdout, indent=1)
        return
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "golden", "hoc")
    for hoc in sorted(glob.glob(os.path.join(folder, "*.hoc"))):
        # A fresh NEURON per file: HOC names live for the whole process.
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--one", os.path.basename(hoc)],
                             cwd=folder, check=True, capture_output=True, text=True).stdout
        target = hoc[:-4] + ".json"
        with open(target, "w") as f:
            f.write(out + "\n")
        print("wrote", target)

if __name__ == "__main__":
    main()
