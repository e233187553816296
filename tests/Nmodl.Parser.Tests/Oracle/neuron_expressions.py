#!/usr/bin/python3
"""Evaluates NMODL expressions with real NEURON, to pin down precedence and associativity.

Each expression becomes FUNCTION eN() { eN = <expression> } in one mechanism whose PARAMETERs
are a = 2, b = 3, c = 0.5, z = 0. The mechanism is compiled with NEURON's nrnivmodl, loaded,
and every function called; the values go to neuron_expressions.json next to this script.
Regenerate with:  python3 neuron_expressions.py   (needs NEURON: nrnivmodl and python3-neuron)
"""
import json
import os
import subprocess
import tempfile

BINDINGS = {"a": 2.0, "b": 3.0, "c": 0.5, "z": 0.0}

EXPRESSIONS = [
    "-a^2", "2^-a", "2^-a*3", "-a^b^c", "a^b^c", "(a^b)^c", "a^-b^c", "-2^2",
    "a-b-c", "a/b/c", "a/b*c", "a-b*c+a", "-a*b", "--a", "a - -b",
    "!z + b", "!(z + b)", "!a == 0", "a < b == 1", "a < b < c", "b > a > z",
    "a || z && z", "(a || z) && z", "z && a || b", "a + b > b + c", "a*b >= 6",
    "a != b != 1", "-a < -b", "a^2^-1", "1e-3*a", ".5*a", "5.*a", "exp(-a/b) + fabs(-c)",
    "a - b^c*2", "a/b^2", "-(a - b)^2",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    params = "\n".join(f"    {k} = {v}" for k, v in BINDINGS.items())
    functions = "\n".join(f"FUNCTION e{i}() {{\n    e{i} = {e}\n}}" for i, e in enumerate(EXPRESSIONS))
    mod = f"NEURON {{\n    SUFFIX prec\n    GLOBAL {', '.join(BINDINGS)}\n}}\nPARAMETER {{\n{params}\n}}\n{functions}\n"
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "prec.mod"), "w") as f:
            f.write(mod)
        subprocess.run(["nrnivmodl", "-loadflags", "-L/usr/lib/nrn -Wl,-rpath,/usr/lib/nrn"], cwd=tmp,
                       check=False, capture_output=True)
        lib = os.path.join(tmp, "x86_64", "libnrnmech.so")
        from neuron import h
        h.nrn_load_dll(lib)
        values = [getattr(h, f"e{i}_prec")() for i in range(len(EXPRESSIONS))]
    cases = [{"expression": e, "value": v} for e, v in zip(EXPRESSIONS, values)]
    with open(os.path.join(here, "neuron_expressions.json"), "w") as f:
        json.dump({"bindings": BINDINGS, "cases": cases}, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} expressions evaluated by NEURON")


if __name__ == "__main__":
    main()
