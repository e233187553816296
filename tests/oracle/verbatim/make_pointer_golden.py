#!/usr/bin/env python3
"""Writes pointer.json: what NEURON 8.2 computes for vbpointer.mod (tests/Nmodl.Codegen.Tests/Verbatim/
Integration/mods): VERBATIM's null test of a POINTER connected with setpointer.

A soma (L = diam = 20 um) with an IClamp(0.5) (delay 1, dur 2, amp 0.1 nA) and two vbpointer point
processes at 0.5, the first with its POINTER src set to the soma's v, the second unconnected.
dt = 0.025, finitialize(-65), 200 steps; seen and val of both after finitialize and each step as
columns "name[k]"; then connected() of both.

Usage: python3 make_pointer_golden.py [output folder]   (default tests/golden/verbatim;
a Python that imports neuron, and nrnivmodl on PATH)
"""
from neuron import h

from oracle_mod import load, point_process_columns, write

NAMES = ["seen", "val"]


def run():
    sec = h.Section(name="soma")
    sec.L = sec.diam = 20
    stim = h.IClamp(sec(0.5))
    stim.delay, stim.dur, stim.amp = 1, 2, 0.1
    pps = [h.vbpointer(sec(0.5)), h.vbpointer(sec(0.5))]
    h.setpointer(sec(0.5)._ref_v, "src", pps[0])
    columns = point_process_columns(pps, NAMES, 200)
    after = {"connected[%d]" % k: pp.connected() for k, pp in enumerate(pps)}
    return {"dt": 0.025, "steps": 200, "columns": columns, "after": after}


def main():
    load("vbpointer")
    write("pointer.json", run())


if __name__ == "__main__":
    main()
