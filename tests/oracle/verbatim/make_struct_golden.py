#!/usr/bin/env python3
"""Writes struct.json: what NEURON 8.2 computes for vbstruct.mod (tests/Nmodl.Codegen.Tests/Verbatim/
Integration/mods), which keeps a C structure in a POINTER.

A soma (L = diam = 20 um) with two vbstruct point processes at 0.5: the first set up with setup(3) (a
ring of 3 doubles), the second never set up. One NetStim (start 1, interval 1.5, number 7, no noise)
drives both through NetCons (weight 0.4, delay 0.5). dt = 0.025, finitialize(-65), 480 steps; the
RANGE variables of both after finitialize and each step as columns "name[k]"; then, after the run,
sum(), mean() and last() of both.

Usage: python3 make_struct_golden.py [output folder]   (default tests/golden/verbatim;
a Python that imports neuron, and nrnivmodl on PATH)
"""
from neuron import h

from oracle_mod import load, point_process_columns, write

NAMES = ["ncalls", "total", "avg", "latest"]


def run():
    sec = h.Section(name="soma")
    sec.L = sec.diam = 20
    pps = [h.vbstruct(sec(0.5)), h.vbstruct(sec(0.5))]
    pps[0].setup(3)
    ns = h.NetStim()
    ns.start, ns.interval, ns.number, ns.noise = 1, 1.5, 7, 0
    netcons = [h.NetCon(ns, pp) for pp in pps]
    for nc in netcons:
        nc.weight[0], nc.delay = 0.4, 0.5
    columns = point_process_columns(pps, NAMES, 480)
    after = {"%s[%d]" % (f, k): getattr(pp, f)() for k, pp in enumerate(pps) for f in ["sum", "mean", "last"]}
    return {"dt": 0.025, "steps": 480, "columns": columns, "after": after}


def main():
    load("vbstruct")
    write("struct.json", run())


if __name__ == "__main__":
    main()
