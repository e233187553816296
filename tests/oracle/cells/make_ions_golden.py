#!/usr/bin/env python3
"""NEURON's Nernst potentials and default ion values, for the runtime's ion tests.

Usage: python3 make_ions_golden.py OUT.json      (needs NEURON's Python module)
"""
import json, sys
from neuron import h

cases = []
for celsius in [6.3, 20.0, 37.0]:
    h.celsius = celsius
    for ci, co, z in [(5e-5, 2.0, 2), (10.0, 140.0, 1), (54.4, 2.5, 1), (4.0, 120.0, -1), (1e-4, 2.0, 2)]:
        cases.append({"celsius": celsius, "ci": ci, "co": co, "z": z, "e": h.nernst(ci, co, z)})
h.celsius = 6.3
sec = h.Section(name="soma")
sec.insert("hh")
defaults = {"ena": sec(0.5).ena, "nai": sec(0.5).nai, "nao": sec(0.5).nao,
            "ek": sec(0.5).ek, "ki": sec(0.5).ki, "ko": sec(0.5).ko}
with open(sys.argv[1], "w") as f:
    json.dump({"nernst": cases, "defaults": defaults}, f, indent=1)
print("wrote", sys.argv[1])
