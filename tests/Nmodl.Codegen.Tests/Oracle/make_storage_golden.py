#!/usr/bin/python3
"""Writes storage_golden.json: where NEURON 8.2's nocmodl stores each variable of the mechanisms in
the repository's mod/ folder and of Debian's NEURON demos (/usr/share/nrn/demo/release): the
per-instance slots of its generated C (#define x _p[k]), the variables hoc sees per instance (the
_mechanism[] name list), the GLOBALs (hoc_scdoub / hoc_vdoub), and for the demos' density
mechanisms the variables NEURON's psection() lists.
Usage: python3 make_storage_golden.py  (needs NEURON; translates and compiles in temporary folders)."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
sources = {"mod": sorted(glob.glob(os.path.join(here, "..", "..", "..", "mod", "*.mod"))),
           "demo": sorted(glob.glob("/usr/share/nrn/demo/release/*.mod"))}


def block(c, start):
    i = c.index(start)
    return c[i:c.index("};", i)]


def strip(name, suffix):
    name = re.sub(r"\[\d+\]$", "", name)
    return name[:-len(suffix) - 1] if name.endswith("_" + suffix) else name


golden = {}
with tempfile.TemporaryDirectory() as work:
    for group, files in sources.items():
        for path in files:
            shutil.copy(path, work)
            base = os.path.splitext(os.path.basename(path))[0]
            subprocess.run(["nocmodl", base + ".mod"], cwd=work, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            c = open(os.path.join(work, base + ".c")).read()
            names = re.findall(r'"([^"]*)"', block(c, "_mechanism[] = {"))
            suffix = names[1]
            instance = re.findall(r"^#define (\w+) (?:_p\[\d+\]|\(_p \+ \d+\))$", c, re.M)
            instance = [n for n in instance if not n.startswith("_") and n != "v" and not (n.startswith("D") and n[1:] in instance)]
            scalars = re.findall(r'"(\w+)", &', block(c, "hoc_scdoub[] = {"))
            vectors = re.findall(r'"(\w+)", \w+, \d+', block(c, "hoc_vdoub[] = {"))
            golden[group + "/" + base] = {
                "mechanism": suffix,
                "range": [strip(n, suffix) for n in names[2:]],
                "instance": instance,
                "global": [strip(n, suffix) for n in scalars + vectors],
            }

# psection() of the demos' density mechanisms; NEURON loads ./x86_64 of the folder it starts in.
PSECTION = """
import json
from neuron import h
sec = h.Section(name="s")
names = json.loads(input())
for name in names:
    sec.insert(name)
print(json.dumps({k: list(v.keys()) for k, v in sec.psection()["density_mechs"].items()}))
"""
with tempfile.TemporaryDirectory() as work:
    for path in sources["demo"]:
        shutil.copy(path, work)
    subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=work,
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    density = {key: entry["mechanism"] for key, entry in golden.items()
               if key.startswith("demo/") and "SUFFIX" in open(os.path.join("/usr/share/nrn/demo/release", key[5:] + ".mod")).read()}
    shown = subprocess.run([sys.executable, "-c", PSECTION], cwd=work, input=json.dumps(sorted(density.values())),
                           capture_output=True, text=True, check=True).stdout
    listed = json.loads(shown.strip().splitlines()[-1])
    for key, name in density.items():
        golden[key]["psection"] = listed[name]

with open(os.path.join(here, "storage_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
