#!/usr/bin/env python3
"""Writes split.json: what NEURON 8.2 computes for vbsplit.mod (tests/Nmodl.Codegen.Tests/Verbatim/
Integration/mods), whose C is split across VERBATIM blocks around NMODL statements.

A soma (L = diam = 20 um, nseg = 1, no other mechanism) with two vbsplit point processes at 0.5: the
first has a Random (Random123(1, 2, 3), negexp(1)) attached by setRandObjRef, the second none (its
erand() draws NMODL's exprand(1) from the process-wide stream, seeded by seed(7) before finitialize).
One NetStim (start 1, interval 2, number 5, no noise) drives both through NetCons (weight 0.5,
delay 0.5). dt = 0.025, finitialize(-65), 480 steps; every RANGE variable of both, after finitialize
and after each step, as columns "name[k]" (k = 0, 1).

Usage: python3 make_split_golden.py [output folder]   (default tests/golden/verbatim;
a Python that imports neuron, and nrnivmodl on PATH)
"""
from neuron import h

from oracle_mod import load, point_process_columns, write

NAMES = ["n", "a", "acc", "r", "c", "b", "hasrand", "nsteps"]


def run():
    sec = h.Section(name="soma")
    sec.L = sec.diam = 20
    pps = [h.vbsplit(sec(0.5)), h.vbsplit(sec(0.5))]
    rng = h.Random()
    rng.Random123(1, 2, 3)
    rng.negexp(1)
    pps[0].setRandObjRef(rng)
    ns = h.NetStim()
    ns.start, ns.interval, ns.number, ns.noise = 1, 2, 5, 0
    netcons = [h.NetCon(ns, pp) for pp in pps]
    for nc in netcons:
        nc.weight[0], nc.delay = 0.5, 0.5
    pps[1].seed(7)
    columns = point_process_columns(pps, NAMES, 480)
    return {"dt": 0.025, "steps": 480, "columns": columns}


def main():
    load("vbsplit")
    write("split.json", run())


if __name__ == "__main__":
    main()
