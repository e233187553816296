#!/usr/bin/env python3
"""Two single-compartment hh cells coupled by a gap junction (mods/gap.mod, a POINTER to the other
cell's v), one of them stimulated; writes NEURON's traces for the runtime's POINTER test.

Usage: compile mods/ with NEURON's nrnivmodl, then
       python3 make_gap_golden.py LIBNRNMECH.so OUT.json
"""
import json, sys
from neuron import h
h.load_file("stdrun.hoc")
h.nrn_load_dll(sys.argv[1])

a = h.Section(name="a"); b = h.Section(name="b")
for s in (a, b):
    s.L = s.diam = 20
    s.insert("hh")
ga = h.Gap(a(0.5)); gb = h.Gap(b(0.5))
ga.g = gb.g = 0.02
h.setpointer(b(0.5)._ref_v, "vgap", ga)
h.setpointer(a(0.5)._ref_v, "vgap", gb)
ic = h.IClamp(a(0.5)); ic.delay, ic.dur, ic.amp = 1.0, 1.0, 0.3
t = h.Vector().record(h._ref_t)
va = h.Vector().record(a(0.5)._ref_v); vb = h.Vector().record(b(0.5)._ref_v)
h.finitialize(-65)
h.continuerun(10)
with open(sys.argv[2], "w") as f:
    json.dump({"g": 0.02, "clamp": [1.0, 1.0, 0.3], "tstop": 10, "t": list(t), "va": list(va), "vb": list(vb)}, f)
print("wrote", sys.argv[2])
