#!/usr/bin/env python3
"""Writes tests/golden/clib/mechanism_calls.json: what NEURON 8.2's hoc wrappers of density-mechanism
FUNCTIONs and PROCEDUREs return and leave behind when a script calls them (h.rates_hh(v) after
h.setdata_hh(seg), or without setdata for a procedure that only sets GLOBALs):

hh:     rates_hh(v) for several v, at celsius 6.3 and 20, with usetable_hh 1 and 0: the value returned
        (1 for a PROCEDURE) and the GLOBALs minf, hinf, ninf, mtau, htau, ntau; vtrap_hh(x, y).
fncall: tests/Nmodl.Codegen.Tests/MechanismCalls/mods/fncall.mod in a 3-segment section with gbar
        0.001, 0.002, 0.003: setdata on a segment, then eff, twice and bump; the RANGE last of each
        segment and the GLOBAL count after each call.
hoccall: mods/hoccall.mod, whose VERBATIM calls the script's func scriptfn() { return $1 * 2 + $2 }
        through hoc_lookup/hoc_pushx/hoc_call_func: callscript(3, 4), keep(1.5) and the RANGE result.

Usage: python3 make_mechanism_calls_golden.py [OUT.json]   (a Python that imports neuron; nrnivmodl on PATH)
"""
import json
import os
import sys

from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "verbatim"))
from make_golden import compile_mods  # noqa: E402  (NEURON's nrnivmodl on a folder, shared with the VERBATIM oracle)

ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
MODS = os.path.join(ROOT, "tests", "Nmodl.Codegen.Tests", "MechanismCalls", "mods")
GOLDEN = os.path.join(ROOT, "tests", "golden", "clib", "mechanism_calls.json")
VOLTAGES = [-80.0, -50.0, -30.5, 10.0, 150.0]
HH_GLOBALS = ["minf", "hinf", "ninf", "mtau", "htau", "ntau"]


def hh_rates():
    out = []
    for celsius in [6.3, 20.0]:
        for usetable in [1, 0]:
            h.celsius = celsius
            h.usetable_hh = usetable
            for v in VOLTAGES:
                returned = h.rates_hh(v)
                out.append({"celsius": celsius, "usetable": usetable, "v": v, "returned": returned,
                            "globals": {g: getattr(h, g + "_hh") for g in HH_GLOBALS}})
    h.celsius, h.usetable_hh = 6.3, 1
    return out


def fncall():
    s = h.Section(name="soma")
    s.nseg = 3
    s.insert("fncall")
    for seg, g in zip(s, [0.001, 0.002, 0.003]):
        seg.gbar_fncall = g
    calls = []
    for x, function, arg in [(0.5, "eff", 2.0), (0.5, "bump", 5.0), (0.9, "twice", 1.5), (0.9, "bump", 7.0),
                             (0.1, "bump", -1.0), (0.1, "eff", 4.0)]:
        h.setdata_fncall(s(x))
        returned = getattr(h, function + "_fncall")(arg)
        calls.append({"x": x, "function": function, "arg": arg, "returned": returned,
                      "last": [seg.last_fncall for seg in s], "count": h.count_fncall})
    return calls


def hoccall():
    h("func scriptfn() { return $1 * 2 + $2 }")
    s = h.Section(name="hoccallsoma")
    s.insert("hoccall")
    h.setdata_hoccall(s(0.5))
    return {"callscript": h.callscript_hoccall(3, 4), "keep": h.keep_hoccall(1.5), "result": s(0.5).result_hoccall}


def main(out):
    h.nrn_load_dll(compile_mods(MODS))
    h.Section(name="hhsoma").insert("hh")
    golden = {
        "source": "NEURON " + h.nrnversion(),
        "hh_rates": hh_rates(),
        "hh_vtrap": {"args": [1e-7, 5.0], "returned": h.vtrap_hh(1e-7, 5.0)},
        "fncall": fncall(),
        "hoccall": hoccall(),
    }
    with open(out, "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else GOLDEN)
