#!/usr/bin/python3
"""Writes audit_golden.json: what NEURON 8.2.2 does with constructs whose meaning the binder must
decide (issue checklist): whether nrnivmodl builds each file, and for those that run, the values
a short run leaves. Usage: python3 make_audit_golden.py [OUTPUT]  (needs NEURON; OUTPUT defaults
to audit_golden.json beside this script)."""
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
cases = {
    # A PARAMETER assigned in BREAKPOINT: allowed; the instance's value changes.
    "parameter_written": "NEURON { SUFFIX aupw NONSPECIFIC_CURRENT i RANGE g }\nPARAMETER { g = 1e-6 }\nASSIGNED { v i }\nBREAKPOINT {\n    g = 2e-6\n    i = g*v\n}\n",
    # PARAMETER limits <0,1e9>: accepted; they only bound GUI fields, a value outside is kept.
    "limits": "NEURON { SUFFIX aulim NONSPECIFIC_CURRENT i RANGE g }\nPARAMETER { g = 1e-6 (S/cm2) <0,1e9> }\nASSIGNED { v i }\nBREAKPOINT { i = g*v }\n",
    # An ion variable read without USEION: nocmodl warns "ena undefined", the C does not compile.
    "ion_without_useion": "NEURON { SUFFIX auiw NONSPECIFIC_CURRENT i }\nASSIGNED { v i }\nBREAKPOINT { i = 0.001*(v - ena) }\n",
    # USEION READ ena without declaring ena: the C does not compile.
    "useion_undeclared": "NEURON { SUFFIX auud USEION na READ ena NONSPECIFIC_CURRENT i }\nASSIGNED { v i }\nBREAKPOINT { i = 0.001*(v - ena) }\n",
    # USEION WRITE ik without declaring ik: the C does not compile.
    "current_undeclared": "NEURON { SUFFIX aucu USEION k READ ek WRITE ik }\nASSIGNED { v ek }\nBREAKPOINT { ik = 0.001*(v - ek) }\n",
    # A READ-only ion variable assigned: the mechanism's copy changes, the ion's value does not.
    "read_only_ion_written": "NEURON { SUFFIX aurw USEION na READ ena NONSPECIFIC_CURRENT i RANGE seen }\nASSIGNED { v i ena seen }\nBREAKPOINT {\n    ena = 60\n    seen = ena\n    i = 0.001*(v - ena)\n}\n",
    # A CONSTANT assigned: a static double of the C, so it changes.
    "constant_written": "NEURON { SUFFIX aucw NONSPECIFIC_CURRENT i RANGE seen }\nCONSTANT { c = 3 }\nASSIGNED { v i seen }\nBREAKPOINT {\n    c = 4\n    seen = c\n    i = 0\n}\n",
    # v assigned in BREAKPOINT: the mechanism's copy; the node's voltage is the cable's.
    "v_written": "NEURON { SUFFIX auvw NONSPECIFIC_CURRENT i RANGE seen }\nASSIGNED { v i seen }\nBREAKPOINT {\n    v = 4\n    seen = v\n    i = 0\n}\n",
}
golden = {"cases": {}}
for name, text in cases.items():
    with tempfile.TemporaryDirectory() as folder:
        suffix = text.split("SUFFIX ")[1].split()[0]
        with open(os.path.join(folder, suffix + ".mod"), "w") as f:
            f.write(text)
        subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=folder,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        library = os.path.join(folder, "x86_64", "libnrnmech.so")
        entry = {"text": text, "suffix": suffix, "builds": os.path.exists(library)}
        if entry["builds"]:
            script = f"""
import json
from neuron import h
h.nrn_load_dll({library!r})
s = h.Section(name="s")
s.insert({suffix!r})
seg = s(0.5)
out = {{}}
if {name!r} == "limits":
    setattr(seg, "g_{suffix}", -5.0)
    out["g_after_set"] = getattr(seg, "g_{suffix}")
h.finitialize(-65)
h.fadvance()
for var in ["g", "seen"]:
    if hasattr(seg, var + "_{suffix}"):
        out[var] = getattr(seg, var + "_{suffix}")
if hasattr(seg, "ena"):
    out["ena"] = seg.ena
out["v"] = seg.v
print(json.dumps(out))
"""
            run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
            entry["after_one_step"] = json.loads(run.stdout.strip().splitlines()[-1])
        golden["cases"][name] = entry
with open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "audit_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
