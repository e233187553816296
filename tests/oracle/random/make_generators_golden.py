#!/usr/bin/env python3
"""Writes tests/golden/random/generators.json: draws of NEURON 8.2's Random class with its default
generator ACG (h.Random(seed[, size]), r.ACG(seed, size)), MLCG (r.MLCG(seed1, seed2)) and Isaac64
(r.Isaac64(seed)), and of MCellRan4 and Random123, under each of the eleven distributions.

Every case names its seeds (NEURON numbers the Isaac64 and MCellRan4 generators created without one,
so those would depend on what ran before). Doubles are written with Python's repr, which
round-trips exactly.

Usage: python3 make_generators_golden.py [OUT.json]   (a Python that imports neuron)
"""
import json
import os
import sys

from neuron import h

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "..", "golden", "random", "generators.json")

DISTRIBUTIONS = [
    ("uniform", [-2.0, 3.0]),
    ("normal", [1.0, 4.0]),
    ("lognormal", [2.0, 0.5]),
    ("negexp", [2.5]),
    ("poisson", [3.0]),
    ("discunif", [-3, 5]),
    ("binomial", [20, 0.3]),
    ("geometric", [0.7]),
    ("hypergeo", [3.0, 15.0]),
    ("erlang", [4.0, 2.0]),
    ("weibull", [1.5, 2.0]),
]
DRAWS = 9

# (generator, arguments): "Random" is the constructor (ACG), the others are methods of h.Random().
GENERATORS = [
    ("Random", []),
    ("Random", [1]),
    ("Random", [31]),
    ("Random", [32]),
    ("Random", [123456789]),
    ("Random", [-3]),
    ("Random", [5, 7]),
    ("Random", [5, 60]),
    ("Random", [5, 98]),
    ("ACG", [17, 20]),
    ("MLCG", [0, 0]),
    ("MLCG", [1, 2]),
    ("MLCG", [12345, 67890]),
    ("MLCG", [-5, 40]),
    ("MLCG", [3000000000, 7]),
    ("Isaac64", [1]),
    ("Isaac64", [12345]),
    ("Isaac64", [4294967295]),
    ("MCellRan4", [5, 7]),
    ("Random123", [1, 2, 3]),
]


def make(generator, args):
    if generator == "Random":
        return h.Random(*args)
    r = h.Random()
    getattr(r, generator)(*args)
    return r


def main(out):
    cases = []
    for generator, args in GENERATORS:
        draws = {}
        for name, dargs in DISTRIBUTIONS:
            r = make(generator, args)
            first = getattr(r, name)(*dargs)
            draws[name] = [first] + [r.repick() for _ in range(DRAWS - 1)]
        # A new Random draws from normal(0, 1) before any distribution is chosen.
        r = make(generator, args)
        draws["default"] = [r.repick() for _ in range(DRAWS)]
        cases.append({"generator": generator, "args": args, "draws": draws})

    # What the generator methods return.
    returns = {
        "ACG": h.Random().ACG(3),
        "MLCG": h.Random().MLCG(3, 4),
        "Isaac64": h.Random().Isaac64(12345),
    }

    golden = {
        "source": "NEURON " + h.nrnversion(),
        "distributions": [{"name": n, "args": a} for n, a in DISTRIBUTIONS],
        "cases": cases,
        "returns": returns,
    }
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else GOLDEN)
