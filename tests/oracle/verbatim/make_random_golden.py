#!/usr/bin/env python3
"""Writes tests/golden/verbatim/random.json: draws of NEURON 8.2's Random class with the MCellRan4
and Random123 generators under each distribution, and of the mcell_ran4 hoc function.

Every case creates its generator with explicit indices (NEURON numbers generators created without
one, so those would depend on what ran before). Doubles are written with Python's repr, which
round-trips exactly.

Usage: python3 make_random_golden.py   (a Python that imports neuron)
"""
import json
import os

from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "golden", "verbatim", "random.json")

DISTRIBUTIONS = [
    ("uniform", [-2.0, 3.0]),
    ("normal", [1.0, 4.0]),
    ("negexp", [2.5]),
    ("poisson", [3.0]),
    ("discunif", [-3, 5]),
]
DRAWS = 9


def draws(make):
    """For each distribution: a fresh generator, the distribution's first draw, then repicks."""
    out = {}
    for name, args in DISTRIBUTIONS:
        r = make()
        first = getattr(r, name)(*args)
        out[name] = [first] + [r.repick() for _ in range(DRAWS - 1)]
    return out


def mcellran4(high, low):
    def make():
        r = h.Random()
        r.MCellRan4(high, low)
        return r
    return make


def random123(id1, id2, id3):
    def make():
        r = h.Random()
        r.Random123(id1, id2, id3)
        return r
    return make


def main():
    cases = []
    for high, low in [(1, 1), (5, 7), (123456, 0), (4294967295, 99)]:
        cases.append({"generator": "MCellRan4", "args": [high, low], "draws": draws(mcellran4(high, low))})
    for ids in [(1, 2, 3), (0, 0, 0), (7, 4294967295, 11)]:
        cases.append({"generator": "Random123", "args": list(ids), "draws": draws(random123(*ids))})

    # The sequence position: Random123's seq is 4 * block + word; MCellRan4's the next high index.
    r = h.Random()
    r.Random123(5, 6, 7)
    r.uniform(0, 1)
    seq_after_one = r.seq()
    r.seq(4 * 1000 + 3)
    after_seq = [r.uniform(0, 1) for _ in range(6)]
    seq_after_six = r.seq()
    m = h.Random()
    m.MCellRan4(42, 3)
    m.uniform(0, 1)
    mcell_seq = m.seq()
    m.seq(1000)
    mcell_after_seq = [m.repick() for _ in range(3)]

    # The global index keys every Random123 stream.
    h.Random().Random123_globalindex(17)
    g = h.Random()
    g.Random123(1, 2, 3)
    global17 = [g.uniform(0, 1) for _ in range(5)]
    h.Random().Random123_globalindex(0)

    # mcell_ran4 from hoc: the global low index and the high index passed by reference.
    h.mcell_ran4_init(9)
    x = h.ref(100)
    hoc_mcell = [h.mcell_ran4(x) for _ in range(4)] + [x[0]]
    h.mcell_ran4_init(0)

    data = {
        "neuron": h.nrnversion(),
        "cases": cases,
        "random123_seq": {"ids": [5, 6, 7], "after_one": seq_after_one, "set": 4003, "draws": after_seq, "after_six": seq_after_six},
        "mcellran4_seq": {"args": [42, 3], "after_one": mcell_seq, "set": 1000, "draws": mcell_after_seq},
        "random123_globalindex17": {"ids": [1, 2, 3], "draws": global17},
        "hoc_mcell_ran4": {"low": 9, "high": 100, "draws": hoc_mcell},
    }
    with open(GOLDEN, "w") as f:
        json.dump(data, f, indent=1)
    print("wrote", os.path.normpath(GOLDEN))


if __name__ == "__main__":
    main()
