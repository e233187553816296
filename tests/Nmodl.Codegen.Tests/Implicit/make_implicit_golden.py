"""NEURON 8.2.2's trajectories of the hand-written implicit-step mechanisms of this folder, nine
instances with per-instance voltages, rates and initial states, so that the instances need
different numbers of Newton iterations. Writes implicit_golden.json beside this script.

Usage: compile this folder with NEURON's nrnivmodl, then
    python3 make_implicit_golden.py path/to/libnrnmech.so
"""
import json
import os
import sys

from neuron import h

h.nrn_load_dll(sys.argv[1])

COUNT = 9
STEPS = 20
DT = 0.025
# mechanism: (rate parameter scaled by 5^(i % 4), states)
MECHANISMS = {
    "simdnewton": ("k", ["x", "z"]),
    "simdbind": ("kf", ["A", "B", "C"]),
    "simdmarkov": ("gbar", ["C1", "C2", "C3", "O", "I"]),
}


def voltage(i):
    return -85 + 7.5 * i


def scale(i):
    return 0.5 + 0.21 * i


golden = {"count": COUNT, "steps": STEPS, "dt": DT, "mechanisms": {}}
for name, (rate, states) in MECHANISMS.items():
    sections = []
    for i in range(COUNT):
        section = h.Section(name=f"{name}{i}")
        section.insert(name)
        # A huge capacitance keeps v exactly where it is set despite the channel's current.
        section.cm = 1e30
        mechanism = getattr(section(0.5), name)
        setattr(mechanism, rate, getattr(mechanism, rate) * 5 ** (i % 4))
        section.v = voltage(i)
        sections.append(section)
    h.dt = DT
    h.finitialize()
    for i, section in enumerate(sections):
        mechanism = getattr(section(0.5), name)
        for s in states:
            setattr(mechanism, s, getattr(mechanism, s) * scale(i))
    trajectories = {s: [] for s in states}
    for step in range(STEPS + 1):
        if step > 0:
            h.fadvance()
        for s in states:
            trajectories[s].append([getattr(getattr(sec(0.5), name), s) for sec in sections])
    assert all(sec.v == voltage(i) for i, sec in enumerate(sections))
    golden["mechanisms"][name] = {"rate": rate, "trajectories": trajectories}
    for section in sections:
        h.delete_section(sec=section)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "implicit_golden.json"), "w") as f:
    json.dump(golden, f)
