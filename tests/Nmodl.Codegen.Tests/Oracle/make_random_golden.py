#!/usr/bin/python3
"""Writes random_golden.json: NEURON 8.2's scop_random() and normrand(2, 3) draws right after
set_seed(s) on its legacy shared stream. Usage: python3 make_random_golden.py  (needs NEURON;
compiles a three-line mechanism in a temporary folder)."""
import json
import os
import subprocess
import tempfile

MOD = """NEURON { SUFFIX scoprnd }
PROCEDURE seed(x) { set_seed(x) }
FUNCTION nr(m, s) { nr = normrand(m, s) }
FUNCTION sr() { sr = scop_random() }
"""
DRAWS = 20
here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as moddir:
    with open(os.path.join(moddir, "scoprnd.mod"), "w") as f:
        f.write(MOD)
    subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=moddir,
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from neuron import h  # noqa: E402
    h.nrn_load_dll(os.path.join(moddir, "x86_64", "libnrnmech.so"))
    sec = h.Section(name="soma")
    sec.insert("scoprnd")
    golden = {"what": "draws right after set_seed(seed): scop_random() and normrand(2, 3)",
              "neuron_version": h.nrnversion(), "seeds": {}}
    for seed in [1, 12345]:
        h.seed_scoprnd(seed)
        uniform = [h.sr_scoprnd() for _ in range(DRAWS)]
        h.seed_scoprnd(seed)
        normal = [h.nr_scoprnd(2, 3) for _ in range(DRAWS)]
        golden["seeds"][str(seed)] = {"scop_random": uniform, "normrand_2_3": normal}
with open(os.path.join(here, "random_golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
